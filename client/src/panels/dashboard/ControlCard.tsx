import { useId, type ReactNode } from 'react';

interface ControlCardProps {
  /** the card's heading */
  title: string;
  /** its own class beside `control-card`, and its test id */
  name: string;
  children: ReactNode;
}

/** One of the dashboard's cards of controls for every room at once (timer, private writing, 3-12-3…). */
export function ControlCard({ title, name, children }: ControlCardProps) {
  const id = useId();
  return (
    <section className={`control-card ${name}`} aria-labelledby={id} data-testid={name}>
      <h3 id={id} className="control-title">
        {title}
      </h3>
      {children}
    </section>
  );
}
