import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  startOfDay,
  toWall,
  type Channel,
  type DossierStatus,
  type WorkCalendar,
} from '../../../packages/core/src/index';
import type { CatalogProcedure } from './catalog';
import { fakeApplicant } from './names';
import { intBetween, pick, pickWeighted, shuffled, type Rng } from './prng';
import {
  COUNTS,
  HISTORY_START,
  ONLINE_IN_PERIOD,
  PERIOD_END,
  PERIOD_LAST_WORK,
  PERIOD_START,
  SNAPSHOT,
  procedureBoost,
  procedureWeight,
} from './setting';
import { dueFor, randomReceipt, randomWorkingInstant, submissionFor, workingDays } from './workTime';

/** One dossier before it gets its code and unit (times in wall milliseconds). */
export interface Draft {
  kind: keyof typeof COUNTS;
  procedure: CatalogProcedure;
  channel: Channel;
  status: DossierStatus;
  submitted: number;
  received?: number;
  due?: number;
  supplementRequested?: number;
  finished?: number;
  returned?: number;
  applicant: string;
}

const AFTER_PERIOD_WORK = toWall('2026-01-08T07:00');
const LAST_DAY_OF_PERIOD = toWall('2026-01-07');
const BEFORE_PERIOD_LAST_WORK = toWall('2025-12-24T17:00');
const onlineInPeriod = new Set<string>([...ONLINE_IN_PERIOD.full, ...ONLINE_IN_PERIOD.partial]);

interface Sampled {
  procedure: CatalogProcedure;
  received: number;
  due: number;
}

/** Builds every dossier of the export, category by category (counts in `COUNTS`). */
export function buildDrafts(rng: Rng, cal: WorkCalendar, catalog: readonly CatalogProcedure[]): Draft[] {
  const fieldBoost = new Map<string, number>();
  for (const p of catalog) fieldBoost.set(p.field, (fieldBoost.get(p.field) ?? 0) + procedureBoost(p));
  const weight = (p: CatalogProcedure) => procedureWeight(p, fieldBoost.get(p.field) ?? 1);
  const byCode = (code: string) => {
    const p = catalog.find((c) => c.code === code);
    if (!p) throw new Error(`procedure ${code} not in the catalog`);
    return p;
  };
  const byName = (name: string) => {
    const p = catalog.find((c) => c.name === name);
    if (!p) throw new Error(`procedure not in the catalog: ${name}`);
    return p;
  };

  const historyDays = workingDays(cal, HISTORY_START, PERIOD_START);
  const periodDays = workingDays(cal, PERIOD_START, PERIOD_END);
  const afterDays = workingDays(cal, PERIOD_END, SNAPSHOT);
  const recentFirst = (i: number, n: number) => 1 + (3 * i) / n;
  const earlyInPeriod = (i: number, n: number) => 1.3 - (0.5 * i) / n;
  const lateInPeriod = (i: number) => [0.5, 0.5, 0.6, 0.7, 0.7, 1.1, 1.3, 1.5][i] ?? 1;

  /** Draws a receipt time and a feasible procedure (retrying until the constraints hold). */
  const sample = (
    pickReceived: () => number,
    pool: readonly CatalogProcedure[],
    feasible: (p: CatalogProcedure, received: number, due: number) => boolean,
    weightOf: (p: CatalogProcedure) => number = weight,
  ): Sampled => {
    // First draw receipt and procedure independently and keep the pair if it fits (the natural
    // conditional distribution); for rare constraints fall back to choosing among the fitting ones.
    for (let attempt = 0; attempt < 400; attempt++) {
      const received = pickReceived();
      const procedure = pickWeighted(rng, pool, weightOf);
      const due = dueFor(cal, procedure, received);
      if (feasible(procedure, received, due)) return { procedure, received, due };
    }
    for (let attempt = 0; attempt < 5000; attempt++) {
      const received = pickReceived();
      const dueByDays = new Map<number, number>();
      const dueOf = (p: CatalogProcedure) => {
        let due = dueByDays.get(p.days);
        if (due === undefined) dueByDays.set(p.days, (due = dueFor(cal, p, received)));
        return due;
      };
      const candidates = pool.filter((p) => feasible(p, received, dueOf(p)));
      if (candidates.length === 0) continue;
      const procedure = pickWeighted(rng, candidates, weightOf);
      return { procedure, received, due: dueOf(procedure) };
    }
    throw new Error('could not sample a dossier that meets the constraints');
  };

  /** Channel of a dossier: online only for online-capable procedures, and inside the period only for the 11. */
  const channelFor = (p: CatalogProcedure, received: number): Channel => {
    const inPeriod = received >= PERIOD_START && received < PERIOD_END;
    const onlineShare = inPeriod
      ? onlineInPeriod.has(p.code)
        ? 0.3
        : 0
      : p.serviceLevel === 'full'
        ? 0.25
        : p.serviceLevel === 'partial'
          ? 0.1
          : 0;
    const r = rng();
    if (r < onlineShare) return 'online';
    if (p.days >= 3 && r > 0.97) return 'postal';
    return 'direct';
  };

  /** Ends a dossier with a result at `finished`; returned to the citizen later when the export allows. */
  const withResult = (finished: number): Pick<Draft, 'status' | 'finished' | 'returned'> => {
    const returned = cal.addWorkingHours(finished, intBetween(rng, 5, 600) / 60);
    return returned <= SNAPSHOT && rng() < 0.85
      ? { status: 'returned', finished, returned }
      : { status: 'processed', finished };
  };

  const draft = (kind: Draft['kind'], s: Sampled, channel: Channel, rest: Partial<Draft>): Draft => ({
    kind,
    procedure: s.procedure,
    channel,
    status: 'processing',
    submitted: submissionFor(rng, cal, channel, s.received),
    received: s.received,
    due: s.due,
    applicant: fakeApplicant(rng),
    ...rest,
  });

  /** The earliest plausible end: 10 minutes for quick procedures, 30 % of the processing time for the others. */
  const earliestFinish = (p: CatalogProcedure, received: number) =>
    p.days >= 3 ? cal.addWorkingHours(received, 0.3 * p.days * 8) : received + 10 * MS_PER_MINUTE;

  /** Open at the end of the period; may end, on time, between the period and the export. */
  const openAtPeriodEnd = (kind: Draft['kind'], s: Sampled, channel: Channel): Draft => {
    const finishUntil = Math.min(s.due, SNAPSHOT);
    const finishes = s.due <= SNAPSHOT ? rng() < 0.8 : rng() < 0.25;
    const finished = finishes ? randomWorkingInstant(rng, cal, Math.max(earliestFinish(s.procedure, s.received), AFTER_PERIOD_WORK), finishUntil) : undefined;
    if (finished !== undefined) return draft(kind, s, channel, withResult(finished));
    const justReceived = s.received >= toWall('2026-01-06') && rng() < 0.3;
    return draft(kind, s, channel, { status: justReceived ? 'accepted' : 'processing' });
  };

  // Feasibility rules of each category.
  const resolvableInPeriod = (p: CatalogProcedure, received: number, due: number) =>
    cal.workingMillisBetween(Math.max(earliestFinish(p, received), PERIOD_START), Math.min(due, PERIOD_LAST_WORK)) >=
    20 * MS_PER_MINUTE;
  const withinDeadlineAtEnd = (p: CatalogProcedure, due: number) =>
    due >= LAST_DAY_OF_PERIOD && (p.days >= 3 || due >= AFTER_PERIOD_WORK + 60 * MS_PER_MINUTE);
  const fastFirst = (p: CatalogProcedure) => weight(p) * (p.days <= 3 ? 3 : 1);

  const drafts: Draft[] = [];
  const take = (kind: Draft['kind'], d: Draft) => drafts.push({ ...d, kind });

  // Resolved in the period: finished between max(received, period start) and min(due, period end).
  const resolveInPeriod = (kind: Draft['kind'], s: Sampled, channel: Channel, status?: DossierStatus) => {
    const from = Math.max(earliestFinish(s.procedure, s.received), PERIOD_START);
    const finished = randomWorkingInstant(rng, cal, from, Math.min(s.due, PERIOD_LAST_WORK));
    if (finished === undefined) throw new Error('infeasible resolved dossier');
    take(kind, draft(kind, s, channel, status ? { status, finished } : withResult(finished)));
  };
  const newResolvedSample = (pool: readonly CatalogProcedure[]) =>
    sample(
      () => randomReceipt(rng, cal, periodDays, earlyInPeriod, 16 * 60 + 30),
      pool,
      resolvableInPeriod,
      fastFirst,
    );
  const newOpenSample = (pool: readonly CatalogProcedure[]) =>
    sample(
      () => randomReceipt(rng, cal, periodDays, lateInPeriod),
      pool,
      (p, _received, due) => withinDeadlineAtEnd(p, due),
    );

  // 1. One online dossier received in the period for each of the 11 procedures (seed IV.1).
  let seededResolved = 0;
  let seededOpen = 0;
  for (const code of [...ONLINE_IN_PERIOD.full, ...ONLINE_IN_PERIOD.partial]) {
    const p = byCode(code);
    if (p.days <= 3) {
      resolveInPeriod('newResolved', newResolvedSample([p]), 'online');
      seededResolved++;
    } else {
      const s = newOpenSample([p]);
      take('newOpen', openAtPeriodEnd('newOpen', s, 'online'));
      seededOpen++;
    }
  }

  // 2. Received in the period and resolved in it, on time (early or on the due date).
  for (let i = seededResolved; i < COUNTS.newResolved; i++) {
    const s = newResolvedSample(catalog);
    resolveInPeriod('newResolved', s, channelFor(s.procedure, s.received));
  }
  // The one dossier withdrawn in the period (seed: "từ chối/rút: 01").
  const withdrawn = newResolvedSample([byName('Tách thửa hoặc hợp thửa đất')]);
  resolveInPeriod('newWithdrawn', withdrawn, 'direct', 'withdrawn');

  // 3. Received in the period and open at its end, none past due.
  const supplementAt = rng() * (COUNTS.newOpen - seededOpen);
  for (let i = seededOpen; i < COUNTS.newOpen; i++) {
    if (i - seededOpen === Math.floor(supplementAt)) {
      // One waiting for more papers (clock paused): a building permit.
      const s = newOpenSample([byCode('1.013225')]);
      const requested = randomWorkingInstant(rng, cal, s.received + 60 * MS_PER_MINUTE, SNAPSHOT);
      if (requested === undefined) throw new Error('no time for the supplement request');
      take('newOpen', draft('newOpen', s, 'direct', { status: 'supplementRequested', supplementRequested: requested }));
      continue;
    }
    const s = newOpenSample(catalog);
    take('newOpen', openAtPeriodEnd('newOpen', s, channelFor(s.procedure, s.received)));
  }

  // 4. Received before the period, resolved inside it.
  for (let i = 0; i < COUNTS.carriedResolved; i++) {
    const s = sample(
      () => randomReceipt(rng, cal, historyDays, recentFirst),
      catalog,
      resolvableInPeriod,
    );
    resolveInPeriod('carriedResolved', s, channelFor(s.procedure, s.received));
  }

  // 5. Received before the period, open at its end, within deadline; one awaiting a land tax payment.
  const obligationAt = Math.floor(rng() * COUNTS.carriedOpen);
  for (let i = 0; i < COUNTS.carriedOpen; i++) {
    const pool =
      i === obligationAt
        ? [byName('Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân')]
        : catalog;
    const s = sample(
      () => randomReceipt(rng, cal, historyDays, recentFirst),
      pool,
      (p, _received, due) => withinDeadlineAtEnd(p, due),
    );
    if (i === obligationAt) {
      take('carriedOpen', draft('carriedOpen', s, 'direct', { status: 'financialObligation' }));
    } else {
      take('carriedOpen', openAtPeriodEnd('carriedOpen', s, channelFor(s.procedure, s.received)));
    }
  }

  // 6. Received and ended before the period (not counted): on time, except one late and one refused.
  for (let i = 0; i < COUNTS.endedBefore; i++) {
    const late = i === 17;
    const stopped = i === 83;
    const s = sample(
      () => randomReceipt(rng, cal, historyDays, () => 1),
      catalog,
      (p, received, due) =>
        late
          ? p.days > 0 && p.days <= 5 && startOfDay(due) + 4 * MS_PER_DAY <= BEFORE_PERIOD_LAST_WORK
          : cal.workingMillisBetween(earliestFinish(p, received), Math.min(due, BEFORE_PERIOD_LAST_WORK)) >=
            20 * MS_PER_MINUTE,
    );
    // The late one ends on a later date than its due date (domain.md §7, `date` granularity).
    const from = late ? startOfDay(s.due) + MS_PER_DAY : earliestFinish(s.procedure, s.received);
    const until = late ? from + 3 * MS_PER_DAY : Math.min(s.due, BEFORE_PERIOD_LAST_WORK);
    const finished = randomWorkingInstant(rng, cal, from, until);
    if (finished === undefined) throw new Error('infeasible dossier ended before the period');
    const channel = channelFor(s.procedure, s.received);
    take('endedBefore', draft('endedBefore', s, channel, stopped ? { status: 'stopped', finished } : withResult(finished)));
  }

  // 7. Received after the period (up to the export), some already ended.
  for (let i = 0; i < COUNTS.receivedAfter; i++) {
    const s = sample(() => randomReceipt(rng, cal, afterDays, () => 1), catalog, () => true);
    const finished =
      rng() < 0.5
        ? randomWorkingInstant(rng, cal, earliestFinish(s.procedure, s.received), Math.min(s.due, SNAPSHOT))
        : undefined;
    const channel = channelFor(s.procedure, s.received);
    take('receivedAfter', draft('receivedAfter', s, channel, finished === undefined ? {} : withResult(finished)));
  }

  // 8. Submitted online but never accepted: still registered, or refused at the counter.
  const online = catalog.filter((p) => p.serviceLevel !== 'none');
  for (let i = 0; i < COUNTS.registered; i++) {
    const day = pick(rng, [...periodDays, ...afterDays]);
    const submitted = day + intBetween(rng, 6 * 60, 23 * 60) * MS_PER_MINUTE;
    const procedure = pickWeighted(rng, online, weight);
    drafts.push({ kind: 'registered', procedure, channel: 'online', status: 'registered', submitted, applicant: fakeApplicant(rng) });
  }
  for (let i = 0; i < COUNTS.notAccepted; i++) {
    const submitted = randomReceipt(rng, cal, periodDays, () => 1);
    const procedure = pickWeighted(rng, catalog, weight);
    const channel: Channel = procedure.serviceLevel !== 'none' && rng() < 0.5 ? 'online' : 'direct';
    drafts.push({ kind: 'notAccepted', procedure, channel, status: 'notAccepted', submitted, applicant: fakeApplicant(rng) });
  }

  return shuffled(rng, drafts);
}
