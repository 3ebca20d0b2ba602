/**
 * Height a headline panel's body takes once its two figures are in, on a phone (one column): reserved while the
 * system answers, so the panels below do not jump when the figures arrive (the disclosure panel, first on the page,
 * often answers last). Side by side on a wide screen the row is taller anyway.
 */
export const KPI_BODY_HEIGHT = 236;
export const KPI_BODY_HEIGHT_WITH_NOTE = 260;
