import { TouchButton } from '../../kit';

export interface NothingFoundProps {
  title: string;
  hint: string;
  /** e.g. "Remove the last filter: Cap"; absent when no filter is set. */
  removeLastLabel?: string;
  onRemoveLast: () => void;
  clearAllLabel: string;
  onClearAll: () => void;
}

/** The empty result: says so plainly and offers the two ways back to pieces. */
export function NothingFound(props: NothingFoundProps) {
  return (
    <div className="nothing-found">
      <h2 className="nothing-found__title">{props.title}</h2>
      <p>{props.hint}</p>
      {props.removeLastLabel && (
        <div className="nothing-found__actions">
          <TouchButton variant="primary" size="large" onClick={props.onRemoveLast}>
            {props.removeLastLabel}
          </TouchButton>
          <TouchButton size="large" onClick={props.onClearAll}>
            {props.clearAllLabel}
          </TouchButton>
        </div>
      )}
    </div>
  );
}
