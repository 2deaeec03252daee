import { Text } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { QueryState } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import { aggregateRows, METRIC_LABELS, type AggregateRow } from './aggregate-rows';
import { useCadenceAggregates } from './api/hr-queries';
import { useHrStyles } from './hr-styles';

const percent = (value: number | null): string =>
  value === null ? 'none due' : `${String(value)}%`;

/** Cadence health per organisation unit for the quarter: counts only, never names or content. */
export function AggregatesCard() {
  const dates = useDateFormat();
  const aggregates = useCadenceAggregates();
  return (
    <ReportSection id="cadence-health" title="Cadence health">
      <QueryState query={aggregates} what="Cadence health" loadingLabel="Counting…">
        {(report) => {
          const rows = aggregateRows(report);
          return (
            <>
              <Text>
                Quarter {dates.date(report.period.from)} to {dates.date(report.period.to)} (
                {report.period.timeZone}). Groups of fewer than {report.minGroupSize} people are
                hidden, and so is any group that would let fewer than {report.minGroupSize} be
                worked out from the others. No names, nothing anyone said.
              </Text>
              <AggregatesTable rows={rows} />
              <AggregatesChart rows={rows} />
            </>
          );
        }}
      </QueryState>
    </ReportSection>
  );
}

function AggregatesTable({ rows }: { rows: AggregateRow[] }) {
  const styles = useHrStyles();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.muted}>Cadence health per organisation unit</caption>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">People</th>
            <th scope="col">{METRIC_LABELS.fullConversationLastQuarter}</th>
            <th scope="col">{METRIC_LABELS.datedContracts}</th>
            <th scope="col">{METRIC_LABELS.managerCommitmentsOnTime}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>{row.people}</td>
              {row.figures ? (
                <>
                  <td>{percent(row.figures.fullConversationLastQuarter)}</td>
                  <td>{percent(row.figures.datedContracts)}</td>
                  <td>{percent(row.figures.managerCommitmentsOnTime)}</td>
                </>
              ) : (
                <td colSpan={3}>{row.hiddenBecause}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 200;
const BAR_WIDTH = 300;

/**
 * One bar per unit for the share who had a full conversation last quarter. The figure is written
 * beside each bar and the chart has a text title and description, so it reads without sight too.
 */
function AggregatesChart({ rows }: { rows: AggregateRow[] }) {
  const styles = useHrStyles();
  const height = rows.length * (BAR_HEIGHT + 8);
  const width = LABEL_WIDTH + BAR_WIDTH + 160;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-labelledby="cadence-chart-title cadence-chart-desc"
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        width="100%"
        style={{ maxWidth: `${String(width)}px` }}
      >
        <title id="cadence-chart-title">
          {METRIC_LABELS.fullConversationLastQuarter}, per unit
        </title>
        <desc id="cadence-chart-desc">
          {rows
            .map((row) =>
              row.figures
                ? `${row.label}: ${percent(row.figures.fullConversationLastQuarter)}`
                : `${row.label}: ${row.hiddenBecause ?? 'hidden'}`,
            )
            .join('; ')}
        </desc>
        {rows.map((row, index) => {
          const y = index * (BAR_HEIGHT + 8);
          const share = row.figures?.fullConversationLastQuarter ?? 0;
          return (
            <g key={row.id} aria-hidden="true">
              <text x={0} y={y + BAR_HEIGHT * 0.7} className={styles.chartText}>
                {row.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={BAR_WIDTH}
                height={BAR_HEIGHT}
                className={styles.track}
              />
              {row.figures && (
                <rect
                  x={LABEL_WIDTH}
                  y={y}
                  width={(BAR_WIDTH * share) / 100}
                  height={BAR_HEIGHT}
                  className={styles.bar}
                />
              )}
              <text
                x={LABEL_WIDTH + BAR_WIDTH + 8}
                y={y + BAR_HEIGHT * 0.7}
                className={styles.chartText}
              >
                {row.figures ? percent(share) : 'hidden'}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={styles.muted}>
        {METRIC_LABELS.fullConversationLastQuarter}; the table above has every figure.
      </figcaption>
    </figure>
  );
}
