import { renderPermissionMatrix } from './matrix.js';

process.stdout.write(renderPermissionMatrix());
