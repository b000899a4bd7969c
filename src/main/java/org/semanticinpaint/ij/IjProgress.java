package org.semanticinpaint.ij;

import ij.IJ;

import org.semanticinpaint.engine.Progress;

/** ImageJ's progress bar and status line; Esc cancels (ImageJ's own convention). */
public final class IjProgress implements Progress {

	private final int offset, of;
	private final boolean cancellable;

	/** Progress for part {@code part} of {@code parts} equal parts of a longer job (planes of a stack). */
	public IjProgress(int part, int parts) {
		this(part, parts, true);
	}

	/** @param cancellable false: Esc is left for the caller to act on between units of its own */
	public IjProgress(int part, int parts, boolean cancellable) {
		this.offset = part;
		this.of = parts;
		this.cancellable = cancellable;
	}

	public IjProgress() {
		this(0, 1);
	}

	@Override
	public void update(int done, int total, String what) {
		IJ.showProgress((offset + done / (double) total) / of);
		IJ.showStatus(what + (of > 1 ? " (plane " + (offset + 1) + " of " + of + ")" : "") +
			(cancellable ? "; Esc cancels" : "; Esc stops after this image"));
	}

	@Override
	public boolean isCanceled() {
		return cancellable && IJ.escapePressed();
	}
}
