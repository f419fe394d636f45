import { FakeExcel } from '../support/fake-excel';
import { createOfficeHost } from '../../src/hosts/office';
import { commandHandlers, type CommandDeps } from '../../src/commands/handlers';
import { baoshanRows, returnSavedWorkbook } from '../support/return-check-fixture';
import type { ReturnFixture } from '../support/return-check-fixture';

function setup(fixture: ReturnFixture) {
  const excel = new FakeExcel(returnSavedWorkbook(fixture));
  const messages: { message: string; kind: 'ok' | 'error' }[] = [];
  const deps: CommandDeps = {
    host: createOfficeHost({ run: (batch) => excel.run(batch), isSetSupported: excel.isSetSupported }),
    lang: () => 'zh-CN',
    catalog: () => ({ kind: 'auto' }),
    notify: async (message, kind) => {
      messages.push({ message, kind });
    },
  };
  const event = { completed: jest.fn() };
  return { excel, messages, handlers: commandHandlers(deps), event };
}

test('检查工作簿 on a departmental return says 可以报送 and stamps it', async () => {
  const { excel, messages, handlers, event } = setup({ rows: baoshanRows() });
  await handlers.checkWorkbook(event);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(messages).toEqual([{ message: expect.stringMatching(/^可以报送;已在工作簿中写入核查标记/), kind: 'ok' }]);
  expect(Object.keys(excel.save().customProperties ?? {})).toContain('IndicatorCheckStamp');
});

test('检查工作簿 on a return that is not ready lists what to fix and marks it', async () => {
  const rows = baoshanRows().map((r) => (r.id === 'bs-03' ? { ...r, value: null } : r));
  const { excel, messages, handlers, event } = setup({ rows });
  await handlers.checkWorkbook(event);
  expect(messages).toEqual([{ message: '暂不能报送:1项须修改,0项须修改或说明;G7  [强制性] 单位GDP能耗:2026年数值未填报', kind: 'ok' }]);
  expect(excel.observe('填报表', 'G7').fill).toBe('#DDEBF7');
  expect(excel.save().customProperties).toBeUndefined();
  expect(event.completed).toHaveBeenCalledTimes(1);
});
