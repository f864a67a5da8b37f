// Side by side in one run: ts-fsrs (the reference, in Node) and our replay (srs_bench --input)
// on the same generated review histories, with default parameters and fuzz off. Prints one JSON
// object with both throughputs (wall clock, and CPU time), the wall-clock ratio, and whether both
// computed the same schedules.
//
//   npm ci --prefix tests/reference                      # once: installs ts-fsrs 5.4.2
//   cmake --preset bench && cmake --build build/bench    # builds srs_bench (Release)
//   node bench/srs/compare.mjs [--bench PATH] [--reviews N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator } from '../../tests/reference/random.mjs';

const require = createRequire(new URL('../../tests/reference/package.json', import.meta.url));
const { fsrs, createEmptyCard, FSRSVersion } = require('ts-fsrs');
const tsFsrsVersion = FSRSVersion;

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const reviewCount = Number(option('--reviews', 1000000));
const root = fileURLToPath(new URL('../../', import.meta.url));
const bench = option('--bench', [join(root, 'build/bench/bin/srs_bench'), join(root, 'build/bench/bench/srs/srs_bench')]
    .find((p) => existsSync(p)));
if (!bench || !existsSync(bench)) {
    console.error('compare.mjs: srs_bench not found; build it (cmake --preset bench && cmake --build build/bench)'
        + ' or pass --bench PATH');
    process.exit(2);
}

// The same kind of histories as srs_bench makes: 1-40 reviews per card, gaps from a minute to half
// a year (log-uniform), ratings mostly Good. Seeded, so every run replays the same histories.
const rand = generator(20260101);
const cards = [];
for (let total = 0; total < reviewCount; ) {
    const count = Math.min(1 + Math.floor(rand() * 40), reviewCount - total);
    let t = Date.UTC(2026, 0, 1) + Math.floor(rand() * 525600) * 60000;
    const reviews = [];
    for (let i = 0; i < count; i++) {
        const roll = rand();
        reviews.push([t, roll < 0.12 ? 1 : roll < 0.25 ? 2 : roll < 0.9 ? 3 : 4]);
        t += Math.floor(Math.exp(rand() * Math.log(180 * 1440))) * 60000;
    }
    total += count;
    cards.push(reviews);
}

// ts-fsrs: a warm-up pass over a tenth of the cards (JIT), then one timed pass over all of them.
const scheduler = fsrs({ enable_fuzz: false });
function replay(subset) {
    let checksum = 0;
    for (const reviews of subset) {
        let card = createEmptyCard(new Date(reviews[0][0]));
        for (const [t, rating] of reviews) {
            card = scheduler.next(card, new Date(t), rating).card;
            checksum += card.scheduled_days;
        }
    }
    return checksum;
}
replay(cards.slice(0, Math.ceil(cards.length / 10)));
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const checksum = replay(cards);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6; // the whole Node process, garbage collector included
const reference = {
    version: tsFsrsVersion,
    seconds,
    reviews_per_second: Math.round(reviewCount / seconds),
    cpu_seconds: cpuSeconds,
    reviews_per_cpu_second: Math.round(reviewCount / cpuSeconds),
    checksum,
};

const dir = mkdtempSync(join(tmpdir(), 'certdrill-srs-compare-'));
let ours;
try {
    const input = join(dir, 'histories.json');
    writeFileSync(input, JSON.stringify({ cards }));
    ours = JSON.parse(execFileSync(bench, ['--input', input], { encoding: 'utf8' }));
} finally {
    rmSync(dir, { recursive: true, force: true });
}

console.log(JSON.stringify({
    benchmark: 'srs_replay_vs_ts_fsrs',
    reviews: reviewCount,
    cards: cards.length,
    ts_fsrs: reference,
    certdrill: ours,
    ratio: Math.round((ours.reviews_per_second / reference.reviews_per_second) * 10) / 10,
    same_schedules: ours.checksum === reference.checksum && ours.reviews === reviewCount,
}));
