import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
} from '@fluentui/react-components';
import { AMBITION_THAT_DOES_NOT_FIT, scriptById } from '../../../domain';
import { usePhaseStyles } from './phase-questions';

/**
 * When the honest answer is somewhere this organisation cannot take them: the script to name it
 * and what to explore after. Folded by default so the phase's questions stay on one screen.
 */
export function AmbitionThatDoesNotFit() {
  const styles = usePhaseStyles();
  const a = AMBITION_THAT_DOES_NOT_FIT;
  return (
    <Accordion collapsible>
      <AccordionItem value="ambition">
        <AccordionHeader as="h3">{a.title}</AccordionHeader>
        <AccordionPanel>
          <div className={styles.section}>
            <Text>{a.situation}</Text>
            <ul className={styles.list}>
              {a.examples.map((e) => (
                <li key={e}>
                  <Text>{e}</Text>
                </li>
              ))}
            </ul>
            <Text>{a.fudge}</Text>
            <Text weight="semibold">{a.instruction}</Text>
            <div className={styles.callout}>
              <blockquote className={styles.quote}>
                <Text>{scriptById(a.honestScriptId).text}</Text>
              </blockquote>
            </div>
            <Text className={styles.muted}>{a.whyItWorks}</Text>
            <Text as="h4" weight="semibold" className={styles.heading}>
              {a.explorationLead}
            </Text>
            <ul className={styles.list}>
              {a.exploration.map((e) => (
                <li key={e.id}>
                  <Text>{e.text}</Text>
                </li>
              ))}
            </ul>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
