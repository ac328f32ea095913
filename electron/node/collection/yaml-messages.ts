import type { ErrorCode } from 'yaml';

/**
 * Plain words for the YAML library's error codes. Its own messages speak of "flow-seq-end
 * tokens", "implicit keys" and "YAML.parseAllDocuments()": true, but nothing a curator can act on.
 * Each entry says what is most likely wrong and how to fix it.
 */
const YAML_ERRORS: Partial<Record<ErrorCode, string>> = {
  TAB_AS_INDENT: 'a tab is used to indent this line; indent with spaces only',
  BAD_INDENT: 'the indentation does not line up with the lines around it, or a bracket [ { is not closed',
  MISSING_CHAR: 'a closing quote or bracket, or a comma between items, is missing',
  UNEXPECTED_TOKEN: 'a bracket, quote or dash here has nothing to belong to; remove it or add what it closes',
  BLOCK_AS_IMPLICIT_KEY:
    'a text contains a colon followed by a space (": "); put the whole text in double quotes',
  MULTILINE_IMPLICIT_KEY:
    'a line has no "key:" in front of it; a text that runs over several lines must be indented under its key, or a colon is missing',
  KEY_OVER_1024_CHARS:
    'a key is longer than 1,024 characters; a colon is probably missing at the end of a key',
  BAD_SCALAR_START:
    'a text starts with a character YAML reserves (such as @, ` or %); put the whole text in double quotes',
  BAD_DQ_ESCAPE:
    'a backslash (\\) in a "double-quoted" text starts an unknown escape; write \\\\ or use single quotes',
  BLOCK_IN_FLOW:
    'inside [ ] or { } items are written on one line and separated by commas; a comma may be missing, or an indented list sits inside brackets',
  MULTIPLE_DOCS: 'the file holds more than one document (a second "---" line); keep only one',
  MULTIPLE_ANCHORS: 'a value has two anchors (&name); keep one',
  MULTIPLE_TAGS: 'a value has two tags (!name); collection files need no tags',
  BAD_ALIAS: 'an alias (*name) is written in a way YAML does not allow',
  ALIAS_PROPS: 'an alias (*name) cannot carry an anchor or a tag',
  BAD_PROP_ORDER: 'an anchor (&name) or tag (!name) is in the wrong place',
  BAD_DIRECTIVE: 'a line starting with % is not a YAML directive; put such a text in quotes',
  BAD_COLLECTION_TYPE: 'a tag (!name) does not fit the list or group it is on; collection files need no tags',
  TAG_RESOLVE_FAILED: 'a tag (!name) is unknown; collection files need no tags',
  NON_STRING_KEY: 'a key is a list or group; keys must be plain words',
  RESOURCE_EXHAUSTION: 'lists or groups are nested too deeply to be read',
};

/** A curator's explanation of a YAML error, never the parser's internal wording. */
export function yamlErrorText(code: ErrorCode): string {
  return (
    YAML_ERRORS[code] ??
    'YAML cannot make sense of the text here; check indentation, colons, quotes and brackets'
  );
}

/**
 * Plain words for a file-system error. Node's own messages name the system call and the absolute
 * path ("EISDIR: illegal operation on a directory, read '/media/usb/...'"), which a curator
 * cannot act on and which should not appear on a status page.
 */
export function fileErrorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of its path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return "permission to read it is refused (check the file's permissions)";
    case 'ELOOP':
      return 'it is a symbolic link that leads round in a circle';
    case 'ENAMETOOLONG':
      return 'its name or path is too long';
    case 'EIO':
      return 'the disk reported a read error (a damaged or unplugged drive?)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open at once; try again';
    default:
      return `the system refused to read it${code ? ` (${code})` : ''}`;
  }
}
