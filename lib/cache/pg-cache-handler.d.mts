/** Types of the cache handler's one shared export (the handler itself is plain JS loaded by Next). */
export type Queryable = { query: (text: string, params: unknown[]) => Promise<unknown> };
export function publishTags(queryable: Queryable, tags: string[], at?: number): Promise<void>;
declare const PostgresCacheHandler: unknown;
export default PostgresCacheHandler;
