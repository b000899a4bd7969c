package org.semanticinpaint.engine;

/** Progress report and cancellation for long work; the UI implements it, headless code passes {@link #NONE}. */
public interface Progress {

	/** Called after each unit of work. */
	void update(int done, int total, String what);

	/** Polled between units; when true the work stops with {@link java.util.concurrent.CancellationException}. */
	boolean isCanceled();

	Progress NONE = new Progress() {
		@Override
		public void update(int done, int total, String what) {}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};
}
