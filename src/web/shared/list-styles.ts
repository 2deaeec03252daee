/**
 * A list without bullets or indent, its items stacked `gap` apart: the shape most screens give a
 * list of cards or records. A style fragment for `makeStyles`, so each screen keeps its own class.
 */
export const plainList = (gap: string) =>
  ({
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap,
  }) as const;
