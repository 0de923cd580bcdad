// Generates vectors.json for FsrsTsFsrsDifferentialTest: random rating sequences run through
// ts-fsrs (the exact version pinned in package.json), fuzz off. Run with `npm ci && node generate.mjs`.
//
// Randomness comes from mulberry32 (a 32-bit seeded PRNG, below) started from SEED, so the
// output is the same on every run: regenerating must give a byte-identical vectors.json.
import { writeFileSync, readFileSync } from 'node:fs'
import { createEmptyCard, fsrs, generatorParameters, State } from 'ts-fsrs'

const SEED = 20240518
// Flashpoint's SchedulerSettings.defaults(), fuzz off. A second group caps intervals at 30 days
// to exercise the maximum interval (ts-fsrs can schedule past it when it orders the buttons).
const GROUPS = [
  { name: 'defaults', count: 300, maximum_interval: 36500 },
  { name: 'max30', count: 60, maximum_interval: 30 },
]
const MIN_STEPS = 8
const MAX_STEPS = 30

/** mulberry32: a = seed; each call a += 0x6D2B79F5 then two xorshift-multiply rounds; returns [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = mulberry32(SEED)
const intBetween = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)) // inclusive

/** Again 15%, Hard 15%, Good 50%, Easy 20%. */
function randomRating() {
  const u = random()
  return u < 0.15 ? 1 : u < 0.3 ? 2 : u < 0.8 ? 3 : 4
}

const STATES = ['NEW', 'LEARNING', 'REVIEW', 'RELEARNING'] // ts-fsrs State 0..3
const DAY_MS = 86_400_000

function sequence(f) {
  // Start between 08:00 and 09:59 UTC: sub-day steps only add minutes, so no review crosses
  // midnight by accident and ts-fsrs's calendar-day elapsed days equal whole 24 h periods.
  const start = Date.UTC(2024, 0, 1 + intBetween(0, 365), 8, intBetween(0, 119))
  let card = createEmptyCard(new Date(start))
  let now = start
  const steps = []
  const length = intBetween(MIN_STEPS, MAX_STEPS)
  for (let i = 0; i < length; i++) {
    const rating = randomRating()
    const preview = f.repeat(card, new Date(now))
    const next = preview[rating].card
    steps.push({
      rating,
      time: new Date(now).toISOString(),
      // what each of the four buttons would schedule at this moment (Again, Hard, Good, Easy)
      previewDays: [1, 2, 3, 4].map((g) => preview[g].card.scheduled_days),
      state: STATES[next.state],
      stability: next.stability,
      difficulty: next.difficulty,
      scheduledDays: next.scheduled_days,
      due: next.due.toISOString(),
    })
    card = next
    now = next.due.getTime()
    // Sometimes answer late, to exercise elapsed days: a day-interval card by up to half its
    // interval (at most 60 days), a card on a sub-day step by 1-3 days.
    if (random() < 0.3) {
      const extra = next.state === State.Review
        ? intBetween(1, Math.min(60, Math.max(1, Math.round(next.scheduled_days / 2))))
        : intBetween(1, 3)
      now += extra * DAY_MS
    }
  }
  return steps
}

const version = JSON.parse(readFileSync(new URL('./node_modules/ts-fsrs/package.json', import.meta.url))).version
const groups = GROUPS.map((g) => {
  const params = generatorParameters({
    enable_fuzz: false,
    enable_short_term: true,
    request_retention: 0.9,
    maximum_interval: g.maximum_interval,
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
  })
  const f = fsrs(params)
  const sequences = []
  for (let i = 0; i < g.count; i++) sequences.push(sequence(f))
  return {
    name: g.name,
    settings: {
      w: params.w,
      requestRetention: params.request_retention,
      maximumInterval: params.maximum_interval,
      learningSteps: params.learning_steps,
      relearningSteps: params.relearning_steps,
      enableFuzz: params.enable_fuzz,
    },
    sequences,
  }
})
const out = { generator: 'generate.mjs', tsFsrsVersion: version, seed: SEED, groups }
// One sequence per line, so a regenerated file diffs readably.
const json = JSON.stringify(out, (key, value) =>
  key === 'sequences' ? value.map((seq) => `@@${JSON.stringify(seq)}@@`) : value, 1)
  .replace(/"@@(.*?)@@"/g, (_, seq) => JSON.parse(`"${seq}"`))
writeFileSync(new URL('./vectors.json', import.meta.url), json + '\n')
const total = groups.reduce((n, g) => n + g.sequences.reduce((m, s) => m + s.length, 0), 0)
console.log(`ts-fsrs ${version}: ${groups.map((g) => `${g.sequences.length} ${g.name}`).join(', ')} sequences, ${total} steps`)
