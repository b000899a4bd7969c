package org.semanticinpaint.engine.texture;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Splits a canvas into a fixed number of horizontal bands worked on in parallel. The number does not depend on
 * the machine's cores, and each band draws from its own random stream, so a fill is the same on every machine.
 */
final class Bands {

	static final int COUNT = 4;

	/** The work of one band: rows y0 (inclusive) to y1 (exclusive), with the band's own random numbers. */
	interface Work {
		void run(int y0, int y1, SplittableRandom rnd);
	}

	private Bands() {}

	/** @param stream distinguishes the random streams of different passes (level, round) */
	static void run(int height, long seed, long stream, Work work) {
		IntStream.range(0, COUNT).parallel().forEach(b -> work.run(height * b / COUNT, height * (b + 1) / COUNT,
			new SplittableRandom(mix(seed, stream * COUNT + b))));
	}

	/** A well-spread seed for stream {@code k} (the finaliser of SplitMix64). */
	static long mix(long seed, long k) {
		long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
