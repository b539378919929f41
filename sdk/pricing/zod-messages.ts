// English messages for zod/mini (which ships none by default), once for the SDK's schemas.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
