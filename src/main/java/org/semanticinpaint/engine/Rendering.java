package org.semanticinpaint.engine;

import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/** The final fill of every window, ready to be pasted into the holes of an image plane. */
public record Rendering(List<Filled> windows) {

	/** A window and its fill (HWC, window-sized; only hole pixels are ever written). */
	public record Filled(HoleWindow window, float[] values) {}

	/** Writes the fill into the holes of {@code target}; every other pixel stays as it is. */
	public <T extends RealType<T>> void paste(RandomAccessibleInterval<T> target) {
		ImageAccess<T> a = new ImageAccess<>(target);
		for (Filled f : windows) a.writeHole(f.window(), f.values());
	}
}
