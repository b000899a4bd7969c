package org.semanticinpaint.engine;

/**
 * Runtime settings of the engine.
 *
 * @param threads TensorFlow intra-op threads (0 = all cores)
 * @param contextFactor the window around a hole is this many times the hole's larger side (at least the tile)
 * @param featherSigma width, in tile pixels, of the residual correction that removes seams at hole borders
 * @param gpu use a GPU when the GPU natives are installed (build with -Pgpu); false forces the CPU
 */
public record EngineSettings(int threads, double contextFactor, double featherSigma, boolean gpu) {

	public static EngineSettings defaults() {
		return new EngineSettings(0, 2.0, 3.0, true);
	}

	public EngineSettings withThreads(int t) {
		return new EngineSettings(t, contextFactor, featherSigma, gpu);
	}

	public EngineSettings withGpu(boolean g) {
		return new EngineSettings(threads, contextFactor, featherSigma, g);
	}
}
