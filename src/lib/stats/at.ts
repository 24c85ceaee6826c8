/**
 * An array read for the statistics loops: the element at a whole index inside the array, or a thrown
 * RangeError. `array[i] ?? 0` turns a wrong index (a column shorter than the answers, a row of the
 * table that is not there) into a wrong figure that nobody sees; this stops the build or the query
 * instead, with the index and the length in the message.
 */
export function at<T>(array: ArrayLike<T>, index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= array.length) {
    throw new RangeError(`index ${index} is outside the array (length ${array.length})`);
  }
  return array[index] as T;
}
