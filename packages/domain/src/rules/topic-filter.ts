import { descendantTopics, isTopicCode } from '../taxonomy/topics';

/**
 * The topic codes a filter by `codes` matches: each code and, for a group, every topic below it,
 * each once, in the order asked. Unknown codes stay as they are (they match nothing).
 */
export function expandTopics(codes: readonly string[]): string[] {
  return [
    ...new Set(
      codes.flatMap((code) => (isTopicCode(code) ? [code, ...descendantTopics(code)] : [code])),
    ),
  ];
}
