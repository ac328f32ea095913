import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  /** Shown instead of the part that failed. */
  fallback: ReactNode;
  onError?: () => void;
  children: ReactNode;
}

/**
 * Keeps a lazily loaded part of the admin screen (the Insights panel, a chart) from taking the
 * whole page down when its chunk does not load or it throws while drawing: `fallback` is shown in
 * its place, a sentence rather than a blank.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('admin: a part of the screen could not be shown', error);
    this.props.onError?.();
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
