// Generates the FSRS reference vectors the C++ tests compare against, using the reference
// implementation itself (ts-fsrs, pinned in package.json). Run from this folder:
//
//     npm ci && node generate.mjs      # writes fsrs-vectors.json and fsrs-function-vectors.json
//
// The output is deterministic (seeded generator below), so regenerating with the same ts-fsrs
// version reproduces the committed file byte for byte.
import { writeFileSync, readFileSync } from 'node:fs';
import {
    CLAMP_PARAMETERS,
    clipParameters,
    createEmptyCard,
    default_w,
    fsrs,
    get_fuzz_range,
    State,
} from 'ts-fsrs';
import { generator } from './random.mjs';

const HISTORIES = 2400;
const CLIP_CASES = 300;
const FUZZ_CASES = 400;
const SEED = 20260101;

const rand = generator(SEED);
const uniform = (lo, hi) => lo + (hi - lo) * rand();
const integer = (lo, hi) => Math.floor(uniform(lo, hi + 1)); // inclusive
const pick = (items) => items[Math.floor(rand() * items.length)];
const round4 = (x) => Math.round(x * 1e4) / 1e4;

const LEARNING_STEPS = [
    [], ['1m'], ['1m', '10m'], ['1m', '10m'], ['5m', '30m', '1h'], ['10m', '1d'], ['1m', '2h', '12h'],
    ['30m', '2d'], ['15m'], ['0m', '5m'], ['1h', '6h', '1d', '3d'],
];
const RELEARNING_STEPS = [[], ['10m'], ['10m'], ['5m', '20m'], ['10m', '1h', '1d'], ['1d'], ['30m', '4h']];
const MAXIMUM_INTERVALS = [7, 30, 100, 365, 3650];
const DAY = 86400000;
const MINUTE = 60000;

/** Random weights: perturbed defaults, or anywhere in (and a little beyond) the clamp ranges. */
function randomWeights() {
    const bounds = CLAMP_PARAMETERS(2, true);
    if (rand() < 0.75) {
        return default_w.map((w, i) => round4(i === 20 ? uniform(0.1, 0.8) : w * uniform(0.5, 1.5)));
    }
    return bounds.map(([lo, hi]) => {
        const roll = rand();
        if (roll < 0.05) return round4(lo - uniform(0.01, 1));
        if (roll < 0.1) return round4(hi + uniform(0.01, 1));
        return round4(uniform(lo, hi));
    });
}

function randomRetention() {
    const roll = rand();
    if (roll < 0.4) return 0.9;
    if (roll < 0.45) return pick([0.5, 0.6, 0.99, 0.999]);
    return Math.round(uniform(0.7, 0.99) * 1000) / 1000;
}

function randomStart() {
    const start = Date.UTC(2024, 0, 1) + integer(0, 3 * 365) * DAY + integer(0, 86399) * 1000;
    return rand() < 0.2 ? start + integer(1, 999) : start;
}

/** The gap before the next review: on schedule (with jitter), the same day, or anything up to months. */
function nextTime(card, last) {
    const roll = rand();
    if (roll < 0.35) {
        const due = card.due.getTime();
        return Math.max(last, last + Math.round((due - last) * uniform(0.7, 1.6)));
    }
    if (roll < 0.5) return last + integer(0, 6 * 60) * MINUTE + integer(0, 59) * 1000;
    const minutes = Math.exp(uniform(0, Math.log(180 * 1440)));
    return last + Math.round(minutes * MINUTE);
}

function randomRating() {
    const roll = rand();
    return roll < 0.15 ? 1 : roll < 0.3 ? 2 : roll < 0.85 ? 3 : 4;
}

function history() {
    const config = {
        params: rand() < 0.4 ? null : randomWeights(),
        desired_retention: randomRetention(),
        enable_short_term: rand() < 0.5,
        learning_steps: pick(LEARNING_STEPS),
        relearning_steps: pick(RELEARNING_STEPS),
        maximum_interval: rand() < 0.8 ? 36500 : pick(MAXIMUM_INTERVALS),
    };
    const f = fsrs({
        w: config.params ?? undefined,
        request_retention: config.desired_retention,
        maximum_interval: config.maximum_interval,
        enable_fuzz: false,
        enable_short_term: config.enable_short_term,
        learning_steps: config.learning_steps,
        relearning_steps: config.relearning_steps,
    });
    const count = 1 + Math.floor(Math.pow(rand(), 1.4) * 30);
    let t = randomStart();
    let card = createEmptyCard(new Date(t));
    const reviews = [];
    const expected = [];
    for (let i = 0; i < count; i++) {
        if (i > 0) t = nextTime(card, t);
        const rating = randomRating();
        const { card: next, log } = f.next(card, new Date(t), rating);
        const r = card.state === State.New ? null : f.forgetting_curve(log.elapsed_days, card.stability);
        reviews.push([t, rating]);
        expected.push([next.state, next.stability, next.difficulty, r, next.scheduled_days, next.due.getTime()]);
        card = next;
    }
    return { ...config, reviews, expected };
}

function clipCase() {
    const bounds = CLAMP_PARAMETERS(2, true);
    const w = bounds.map(([lo, hi]) => round4(uniform(lo - 0.5, hi + 0.5)));
    const relearning = integer(0, 4);
    const shortTerm = rand() < 0.5;
    const clipped = clipParameters(w, relearning, shortTerm);
    return { w, relearning_steps: relearning, enable_short_term: shortTerm, clipped };
}

function fuzzCase() {
    const interval = rand() < 0.8 ? integer(1, 400) : integer(400, 40000);
    const elapsed = rand() < 0.5 ? integer(0, interval) : integer(0, 3 * interval);
    const max = rand() < 0.7 ? 36500 : pick([...MAXIMUM_INTERVALS, interval, interval + 1]);
    const { min_ivl, max_ivl } = get_fuzz_range(interval, elapsed, max);
    return [interval, elapsed, max, min_ivl, max_ivl];
}

const version = JSON.parse(readFileSync(new URL('./node_modules/ts-fsrs/package.json', import.meta.url))).version;
const histories = Array.from({ length: HISTORIES }, history);
const clip = Array.from({ length: CLIP_CASES }, clipCase);
const fuzz = Array.from({ length: FUZZ_CASES }, fuzzCase);

// One entry per line keeps the files diffable and still compact. The small function cases live in
// their own file so that the tests reading them need not parse the histories.
function writeVectors(file, fieldsLine, sections) {
    const generatorName = `ts-fsrs ${version}, tests/reference/generate.mjs, seed ${SEED}`;
    const lines = ['{', `"generator": ${JSON.stringify(generatorName)},`, fieldsLine];
    sections.forEach(([name, rows], i) => {
        const close = i + 1 < sections.length ? '],' : ']';
        lines.push(`"${name}": [`, rows.map((row) => JSON.stringify(row)).join(',\n'), close);
    });
    lines.push('}');
    writeFileSync(new URL(`./${file}`, import.meta.url), lines.join('\n') + '\n');
}
writeVectors('fsrs-vectors.json',
    '"review_fields": ["state", "stability", "difficulty", "retrievability", "scheduled_days", "due_ms"],',
    [['histories', histories]]);
writeVectors('fsrs-function-vectors.json',
    '"fuzz_range_fields": ["interval", "elapsed_days", "maximum_interval", "min_ivl", "max_ivl"],',
    [['clip', clip], ['fuzz_ranges', fuzz]]);
const reviewCount = histories.reduce((n, h) => n + h.reviews.length, 0);
console.log(`wrote fsrs-vectors.json (${histories.length} histories, ${reviewCount} reviews) and `
    + `fsrs-function-vectors.json (${clip.length} clip and ${fuzz.length} fuzz-range cases), ts-fsrs ${version}`);
