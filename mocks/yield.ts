/**
 * MSW answers in the page's main thread. Generating the demo dataset in one go would block it for hundreds of
 * milliseconds on a phone; handlers generate in slices and give the browser a turn in between.
 */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
