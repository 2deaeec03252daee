/**
 * Element ids of the fields a standing problem's decision puts the cursor in: a commitment's
 * date, why it is dropped, a review's month. Keyed by the draft item's key, unique on the page.
 */
export const dueInputId = (key: string): string => `commitment-due-${key}`;
export const dropReasonInputId = (key: string): string => `commitment-drop-${key}`;
export const monthInputId = (key: string): string => `review-month-${key}`;
