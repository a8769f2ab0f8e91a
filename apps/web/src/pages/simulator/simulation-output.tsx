// What a run shows: the results table with its time, and the statement viewer. Loaded apart from
// the page (the table and the modal are a third of the route's own code), warmed on page load.
import { useEffect, useState } from 'react';
import type { SimulatorRun } from './run-simulator.js';
import { SimulationResults, type SimulationTiming, type StatementTarget } from './simulation-results.js';
import { StatementModal } from './statement-modal.js';

export interface TimedRun {
  data: SimulatorRun;
  /** `performance.now()` when "Run simulation" was pressed. */
  started: number;
}

export function SimulationOutput({ run }: { run: TimedRun }) {
  const [timing, setTiming] = useState<SimulationTiming | undefined>();
  const [open, setOpen] = useState<StatementTarget | undefined>();

  // Time from "Run simulation" to the results on screen: fetch of the effective policies, compile,
  // evaluate of every selected action, and render; measured once React has committed the results.
  useEffect(() => {
    const { fetchMs, evaluateMs, byServer } = run.data;
    setTiming({ totalMs: performance.now() - run.started, fetchMs, evaluateMs, byServer });
    setOpen(undefined);
  }, [run]);

  const openPolicy = open && run.data.policies.find((p) => p.id === open.policyId);
  return (
    <>
      <SimulationResults results={run.data.results} onOpen={setOpen} timing={timing} />
      <StatementModal policy={openPolicy} target={open} onDismiss={() => setOpen(undefined)} />
    </>
  );
}
