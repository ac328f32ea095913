/**
 * i18next's `t` knows every interface string's key from the Indonesian reference files, so
 * `t('area.typo')` fails `tsc -b` (the tests project includes this file too). Only the keys are
 * typed: JSON values are plain strings, so placeholders are checked by `npm run lint:i18n`, which
 * also says when a new area file is missing here.
 */
import 'i18next';
import type a11y from '../locales/id/a11y.json';
import type admin from '../locales/id/admin.json';
import type attract from '../locales/id/attract.json';
import type browse from '../locales/id/browse.json';
import type colours from '../locales/id/colours.json';
import type common from '../locales/id/common.json';
import type compare from '../locales/id/compare.json';
import type home from '../locales/id/home.json';
import type idle from '../locales/id/idle.json';
import type insights from '../locales/id/insights.json';
import type motif from '../locales/id/motif.json';
import type outOfOrder from '../locales/id/outOfOrder.json';
import type piece from '../locales/id/piece.json';
import type reading from '../locales/id/reading.json';
import type regions from '../locales/id/regions.json';
import type search from '../locales/id/search.json';
import type shell from '../locales/id/shell.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: {
      translation: typeof a11y &
        typeof admin &
        typeof attract &
        typeof browse &
        typeof colours &
        typeof common &
        typeof compare &
        typeof home &
        typeof idle &
        typeof insights &
        typeof motif &
        typeof outOfOrder &
        typeof piece &
        typeof reading &
        typeof regions &
        typeof search &
        typeof shell;
    };
  }
}
