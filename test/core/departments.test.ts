// Department lists as workbooks and plans write them.
import { splitDepartments } from '../../src/core/departments';

describe('splitDepartments', () => {
  it('splits at 、 , ; / new lines and spaces', () => {
    expect(splitDepartments('市水利局、市林业局,市统计局;市发展改革委/市财政局\n市住建局 市城管局')).toEqual([
      '市水利局', '市林业局', '市统计局', '市发展改革委', '市财政局', '市住建局', '市城管局',
    ]);
  });

  it('never splits inside parentheses, full-width or not', () => {
    expect(splitDepartments('各县(市、区)政府、市生态环境局')).toEqual(['各县(市、区)政府', '市生态环境局']);
    expect(splitDepartments('各县（市、区）人民政府；市农业农村局')).toEqual(['各县(市、区)人民政府', '市农业农村局']);
  });

  it('splits 和 before a department and drops 按职责牵头', () => {
    expect(splitDepartments('市水利局和市林业局按职责牵头')).toEqual(['市水利局', '市林业局']);
  });

  it('gives nothing for empty text', () => {
    expect(splitDepartments('')).toEqual([]);
    expect(splitDepartments(null)).toEqual([]);
  });
});
