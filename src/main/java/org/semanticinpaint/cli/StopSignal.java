package org.semanticinpaint.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.semanticinpaint.engine.Progress;
import org.semanticinpaint.ij.batch.FolderReport;

/**
 * SIGTERM (a scheduler's time limit, {@code scancel}) or Ctrl-C asks the folder run to stop after the current
 * image: the JVM's shutdown hook raises the flag the run polls between images, waits for the summary, then ends
 * the JVM with exit code 3. Without it the JVM would die mid-image with no summary (the outputs would still be
 * safe: they are renamed only when complete).
 */
final class StopSignal implements Progress {

	/** Longer than one image usually takes; SLURM's default grace between SIGTERM and SIGKILL is 30 s. */
	static final long WAIT_SECONDS = 25;

	private volatile boolean stop;
	private final CountDownLatch finished = new CountDownLatch(1);
	private volatile int exitCode = FolderReport.STOPPED;

	private StopSignal() {}

	static StopSignal install() {
		StopSignal s = new StopSignal();
		Runtime.getRuntime().addShutdownHook(new Thread(s::onShutdown, "InpaintFolder stop"));
		return s;
	}

	/** Called by the run when its summary is out; returns the code to exit with. */
	int finished(int code) {
		exitCode = stop ? FolderReport.STOPPED : code;
		finished.countDown();
		return exitCode;
	}

	private void onShutdown() {
		if (finished.getCount() == 0) return; // a normal System.exit after the run
		stop = true;
		System.err.println("Stopping after the current image ...");
		try {
			finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		Runtime.getRuntime().halt(FolderReport.STOPPED); // exit code 3 rather than the signal's 143
	}

	@Override
	public void update(int done, int total, String what) {
		System.err.println("[" + done + "/" + total + "] " + what);
	}

	@Override
	public boolean isCanceled() {
		return stop;
	}
}
