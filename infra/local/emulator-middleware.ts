/**
 * The middleware chain of an emulator client's request, put in order once per kind of request
 * instead of on every call (./emulator-signing.ts). For every call the SDK copies the client's
 * middleware into a new stack with the command's (a DocumentClient command twice: its own
 * marshalling middleware, then the operation's), normalises every entry, sorts them by step and
 * priority and places the relative ones, then builds the chain: ~45 µs of CPU a DocumentClient
 * GetCommand before anything is serialised (2026-12-08, median of 6 rounds of 5,000). The order
 * depends only on the entries' names, steps, priorities and relations, which repeat from call to call:
 * here a concatenated stack only records its entries, and the first request of each such sequence
 * has the SDK's own stack work the order out (the same errors for a misplaced entry, the same
 * overrides); later ones take that order and only build the chain from their own middleware.
 */

/** A middleware factory, as the SDK's stack holds one. */
type Middleware = (next: unknown, context: unknown) => unknown;

/** What an entry was added with (@smithy/types' HandlerOptions and RelativeMiddlewareOptions, as far as they order it). */
interface EntryOptions {
  name?: string;
  aliases?: string[];
  step?: string;
  priority?: string;
  relation?: string;
  toMiddleware?: string;
  override?: boolean;
}

/** The SDK's middleware stack (@smithy/types' MiddlewareStack), as far as used here. */
export interface SdkStack {
  add(middleware: Middleware, options?: EntryOptions): void;
  addRelativeTo(middleware: Middleware, options: EntryOptions): void;
  applyToStack(stack: SdkStack): void;
  concat(from: SdkStack): SdkStack;
  clone(): SdkStack;
  remove(middleware: Middleware | string): boolean;
  identify(): string[];
  identifyOnResolve(toggle?: boolean): boolean;
  resolve<H>(handler: H, context: unknown): H;
}

interface Entry {
  middleware: Middleware;
  options: EntryOptions;
  relative: boolean;
}

const key = ({ relative, options: o }: Entry) =>
  `${relative ? 'r' : 'a'}|${o.name ?? ''}|${o.aliases?.join(',') ?? ''}|${o.step ?? ''}|${o.priority ?? ''}|${o.relation ?? ''}|${o.toMiddleware ?? ''}|${o.override ? 1 : 0}`;

/** The SDK's stack copies an entry as its options, the middleware among them, which would override a stand-in's. */
function withoutMiddleware(options: EntryOptions & { middleware?: Middleware }): EntryOptions {
  const { middleware: _middleware, ...rest } = options;
  return rest;
}

/** Positions of the entries in chain order, by the entries' keys joined (per client). */
type Orders = Map<string, number[]>;

/** A stack that records what is added to it and resolves in the order the SDK's stack gives such entries. */
class RecordedStack {
  constructor(
    private readonly entries: Entry[],
    /** A new, empty stack of the SDK's own. */
    private readonly sdkStack: () => SdkStack,
    private readonly orders: Orders,
  ) {}

  add(middleware: Middleware, options: EntryOptions = {}): void {
    this.entries.push({ middleware, options: withoutMiddleware(options), relative: false });
  }

  addRelativeTo(middleware: Middleware, options: EntryOptions): void {
    this.entries.push({ middleware, options: withoutMiddleware(options), relative: true });
  }

  /** As the SDK's concat: these entries, then those of `from` (which copies its own with add and addRelativeTo). */
  concat(from: SdkStack): RecordedStack {
    const stack = new RecordedStack([...this.entries], this.sdkStack, this.orders);
    from.applyToStack(stack as unknown as SdkStack);
    return stack;
  }

  applyToStack(to: SdkStack): void {
    for (const { middleware, options, relative } of this.entries)
      if (relative) to.addRelativeTo(middleware, { ...options });
      else to.add(middleware, { ...options });
  }

  list(): readonly Entry[] {
    return this.entries;
  }

  /** Never printed: an emulator client's stacks are not asked to log their entries. */
  identifyOnResolve(): boolean {
    return false;
  }

  resolve<H>(handler: H, context: unknown): H {
    let resolved: unknown = handler;
    const order = this.order();
    for (let i = order.length - 1; i >= 0; i--) resolved = this.entries[order[i]!]!.middleware(resolved, context);
    return resolved as H;
  }

  /** The SDK's stack, given stand-ins that note their position, builds its chain: the order it calls them in, reversed. */
  private order(): number[] {
    const signature = this.entries.map(key).join('\n');
    const known = this.orders.get(signature);
    if (known) return known;
    const called: number[] = [];
    const stack = this.sdkStack();
    this.entries.forEach(({ options, relative }, position) => {
      const standIn: Middleware = (next) => (called.push(position), next);
      if (relative) stack.addRelativeTo(standIn, { ...options });
      else stack.add(standIn, { ...options });
    });
    stack.resolve(() => undefined, {});
    const order = called.reverse();
    this.orders.set(signature, order);
    return order;
  }
}

/**
 * From now on the requests of the client whose stack `stack` is are put in order as above. A
 * middleware added to or removed from the client later still counts: each request copies the
 * client's entries as they are then.
 */
export function orderOnce(stack: SdkStack): void {
  // An empty stack of the SDK's own: the client's, copied, without its entries.
  const empty = stack.clone();
  const orders: Orders = new Map();
  const recorded = () => {
    const copy = new RecordedStack([], () => empty.clone(), orders);
    stack.applyToStack(copy as unknown as SdkStack);
    return copy;
  };
  for (const { middleware } of recorded().list()) empty.remove(middleware);
  stack.concat = (from) => recorded().concat(from) as unknown as SdkStack;
}
