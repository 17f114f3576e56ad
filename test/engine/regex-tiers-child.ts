// Run by regex-tiers.test.ts under one V8 regex tier: reads texts (JSON) on stdin and prints
// every text's findings.
import { readFileSync } from 'node:fs';
import { findingsOf } from './regex-tiers-texts.ts';

process.stdout.write(JSON.stringify(findingsOf(JSON.parse(readFileSync(0, 'utf8')) as string[])));
