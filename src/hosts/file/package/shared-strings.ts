// The shared string table (xl/sharedStrings.xml), read into plain texts. Phonetic runs (rPh) are not
// part of a string's text. The tool never changes this part: the text it writes goes inline.
import { walkXml } from './xml';

export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  let current = '';
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  walkXml(xml, {
    open(element) {
      switch (element.local) {
        case 'si':
          inItem = true;
          current = '';
          break;
        case 'rPh':
          phonetic++;
          break;
        case 't':
          inText = inItem && phonetic === 0;
          break;
      }
    },
    close(element) {
      switch (element.local) {
        case 'si':
          strings.push(current);
          inItem = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 't':
          if (inText) current += element.text;
          inText = false;
          break;
      }
    },
  });
  return strings;
}
