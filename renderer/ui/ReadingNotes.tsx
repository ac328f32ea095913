import type { PickedText } from '../i18n/content-text';
import { FallbackMarker } from './FallbackMarker';
import { ReadingText } from './ReadingText';

export interface ReadingNotesProps {
  /** The curator's notes, whole, each with the language it is really in. */
  notes: readonly PickedText[];
  className?: string;
}

/**
 * A record's notes (on a motif: accounts that differ; on a piece: remarks) as a list, each laid out
 * part by part like any reading text and marked when it fell back to another language. The motif
 * and piece screens head the list with their own words.
 */
export function ReadingNotes({ notes, className }: ReadingNotesProps) {
  return (
    <ul className={className}>
      {notes.map((note, i) => (
        <li key={i}>
          <ReadingText text={note.text} lang={note.lang} marker={<FallbackMarker picked={note} />} />
        </li>
      ))}
    </ul>
  );
}
