/**
 * Freezes the header row of an `.xlsx` written by SheetJS. The community edition reads frozen panes
 * but does not write them (a Pro feature), so the one line of sheet XML that holds the view is
 * rewritten in the zip SheetJS made, with SheetJS's own zip reader and writer.
 */
import * as XLSX from '@e965/xlsx';

const FROZEN_VIEW =
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';

export function freezeHeaderRows(xlsx: Uint8Array, sheetCount: number): Uint8Array {
  const zip = XLSX.CFB.read(xlsx, { type: 'buffer' });
  for (let i = 1; i <= sheetCount; i++) {
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${i}.xml`);
    if (!entry?.content) throw new Error(`The written workbook has no sheet ${i}.`);
    const xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
    const view = /<sheetView\b[^>]*?\/>|<sheetView\b[^>]*>[\s\S]*?<\/sheetView>/.exec(xml);
    if (!view) throw new Error(`Sheet ${i} of the written workbook has no view to freeze.`);
    entry.content = Buffer.from(xml.replace(view[0], FROZEN_VIEW), 'utf8');
    entry.size = (entry.content as Buffer).length;
  }
  return XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array;
}
