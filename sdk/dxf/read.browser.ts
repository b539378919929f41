// What `reader: 'dxf-parser'` loads in the browser bundle (scripts/build-components.mjs puts it in
// place of read.ts): the reference reader is for Node, where the differential test and the
// benchmark hold Kerf's own reader to it; pages do not carry its 10 KB.
import { KerfError } from '../errors.js';

throw new KerfError('INVALID_OPTION', "The dxf-parser reference reader is not part of Kerf's browser bundle; use the default reader, or run it in Node.");
