// The build step that inlines the page's scripts: a script's text made safe inside <script> means the same.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { scriptSafe } = require('../../scripts/inline-web-page.js') as { scriptSafe(code: string): string };

test('no </script or <!-- is left, and the code gives the same', () => {
  const code = 'return ["</script>", "</SCRIPT >", /<\\/script/.source, "<!-- x -->", `a<!--b`].join("|");';
  const safe = scriptSafe(code);
  expect(safe).not.toMatch(/<\/script|<!--/i);
  expect(new Function(safe)()).toBe(new Function(code)());
});
