package org.semanticinpaint.engine;

/** Progress whose person has already pressed Esc: work must stop before it writes anything. */
public final class CancelledProgress implements Progress {

	@Override
	public void update(int done, int total, String what) {}

	@Override
	public boolean isCanceled() {
		return true;
	}
}
