/**
 * The one error the detectors throw. Quote detection and thread tagging never hide a failure behind
 * an empty result: a bug inside them stops the import with this error, which names the stage and the
 * paragraph, and the caller reports it (the article command prints one line and exits 1; the editor
 * shows the draft without detection and says why).
 */
export class DetectionError extends Error {
  override readonly name = 'DetectionError';

  /**
   * @param stage which detector failed
   * @param paragraph index of the paragraph being read when it failed, or -1 when not in one
   * @param cause the original error
   */
  constructor(
    readonly stage: 'quotes' | 'threads',
    readonly paragraph: number,
    cause: unknown,
  ) {
    super(
      `${stage === 'quotes' ? 'quote detection' : 'thread tagging'} failed${paragraph >= 0 ? ` in paragraph ${paragraph + 1}` : ''}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}
