// Responsibility blocks: labels, suffixes, lists with 、 inside parentheses, bodies named once.
import { departmentLine, departmentList, parseDepartmentBlock, splitList } from '../../../src/core/extract/departments';

describe('splitList', () => {
  test('splits on 、 and , but not inside parentheses', () => {
    expect(splitList('各县(市、区)政府、市水利局,市林业局')).toEqual(['各县(市、区)政府', '市水利局', '市林业局']);
  });
  test('splits on 及 only before another body', () => {
    expect(splitList('市创建办及市创建领导小组成员单位')).toEqual(['市创建办', '市创建领导小组成员单位']);
    expect(splitList('市交通及物流局')).toEqual(['市交通及物流局']);
  });
});

describe('departmentList', () => {
  test('drops 按职责牵头, 分别牵头 and 牵头', () => {
    expect(departmentList('市生态环境局、市水利局按职责牵头')).toEqual(['市生态环境局', '市水利局']);
    expect(departmentList('市财政局、市生态环境局分别牵头')).toEqual(['市财政局', '市生态环境局']);
    expect(departmentList('市交通运输局牵头')).toEqual(['市交通运输局']);
  });
  test('a body named once is the body of each (党委、政府)', () => {
    expect(departmentList('各县(市、区)党委、政府,各园区党工委、管委会')).toEqual([
      '各县(市、区)党委', '各县(市、区)政府', '各园区党工委', '各园区管委会',
    ]);
  });
});

describe('parseDepartmentBlock', () => {
  test('责任单位 and 配合单位', () => {
    expect(parseDepartmentBlock('责任单位:市林业局;配合单位:市国土资源局、市统计局')).toEqual({
      lead: ['市林业局'], coop: ['市国土资源局', '市统计局'],
    });
  });
  test('牵头单位 reads as lead, like 责任单位', () => {
    expect(parseDepartmentBlock('牵头单位:生态市创建办;配合单位:市水务局')?.lead).toEqual(['生态市创建办']);
  });
  test('an unlabelled list with 分别牵头 is the leads', () => {
    expect(parseDepartmentBlock('市水利局、市林业局、市生态环境局分别牵头')).toEqual({
      lead: ['市水利局', '市林业局', '市生态环境局'], coop: [],
    });
  });
  test('(A牵头,B、C配合) in one pair of parentheses', () => {
    expect(parseDepartmentBlock('县生态环境局牵头,县水利局、县住建局配合')).toEqual({ lead: ['县生态环境局'], coop: ['县水利局', '县住建局'] });
  });
  test('责任单位:A(牵头)、B: A leads, B works with it', () => {
    expect(parseDepartmentBlock('责任单位:县农业农村局(牵头)、县生态环境局')).toEqual({ lead: ['县农业农村局'], coop: ['县生态环境局'] });
  });
  test('A报B落实: A leads, B carries it out', () => {
    expect(parseDepartmentBlock('市生态环境局报市委组织部落实')).toEqual({ lead: ['市生态环境局'], coop: ['市委组织部'] });
  });
  test('a list of bodies without any label is the leads', () => {
    expect(parseDepartmentBlock('各县(市、区)政府(管委会),市直相关部门')?.lead).toEqual(['各县(市、区)政府(管委会)', '市直相关部门']);
  });
  test('notes that are not departments are no block', () => {
    for (const note of ['含发送和到达', '不包括水稻田', 'PM2.5', '一、二类', '含独立粉磨站', '市、区', '约束性指标']) {
      expect(parseDepartmentBlock(note)).toBeNull();
    }
  });
});

describe('departmentLine', () => {
  test('a line of its own', () => {
    expect(departmentLine('责任单位:发展改革规划局,宝山环保分局')).toEqual({ lead: ['发展改革规划局', '宝山环保分局'], coop: [] });
  });
  test('a sentence that mentions departments is not a block', () => {
    expect(departmentLine('各责任单位按照工作职责和任务分工,落实各项措施')).toBeNull();
  });
});

test('a department block that closes its sentence leaves no full stop on the last name', () => {
  expect(departmentLine('责任单位:市工业信息化委;配合单位:市统计局。')).toEqual({ lead: ['市工业信息化委'], coop: ['市统计局'] });
});
