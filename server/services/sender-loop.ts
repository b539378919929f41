/**
 * The polling loop shared by the outboxes (mails in server/mail/outbox.ts, webhooks in
 * server/services/webhooks.ts): one delivery round at a time, the next scheduled when the last has
 * finished — at once when the round was full, so a backlog drains quickly.
 */

/** What one round reports to the loop. */
export interface Round {
  /** The round took as many rows as it may: go again at once. */
  full: boolean;
  /** A line for the log (a failure worth telling), or nothing. */
  note?: string;
}

export interface SenderLoop {
  /** Stop polling; resolves once the round under way (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * Run `round` every `intervalMs` until stopped. Rounds never overlap; a round that throws is
 * logged in one line (with `name` in front) and the loop goes on. The timer does not keep the
 * process alive.
 *
 * @example
 * const loop = startSenderLoop('webhooks', async () => {
 *   const r = await deliverDueWebhooks(db, Date.now());
 *   return { full: r.claimed >= 20 };
 * }, 2000, console.error);
 * await loop.stop();
 */
export function startSenderLoop(
  name: string,
  round: () => Promise<Round>,
  intervalMs: number,
  log: (line: string) => void,
  describeError: (err: unknown) => string = (e) => String(e),
): SenderLoop {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Promise<void> = Promise.resolve();

  const run = async () => {
    let again = intervalMs;
    try {
      const r = await round();
      if (r.note) log(`${name}: ${r.note}`);
      if (r.full) again = 0;
    } catch (err) {
      log(`${name}: delivery round failed: ${describeError(err)}`);
    }
    if (!stopped) schedule(again);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      timer = undefined;
      current = run();
    }, ms);
    timer.unref?.();
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await current;
    },
  };
}
