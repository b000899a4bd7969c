package org.semanticinpaint.engine;

import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.engine.texture.TextureParams;

/**
 * Runtime settings of the engine.
 *
 * @param threads TensorFlow intra-op threads (0 = all cores)
 * @param contextFactor the window around a hole is this many times the hole's larger side (at least the tile)
 * @param featherSigma width, in tile pixels, of the residual correction that removes seams at hole borders
 * @param gpu use a GPU when the GPU natives are installed (build with -Pgpu); false forces the CPU
 * @param texture settings of the texture stage (used when a render asks for {@link Texture#FROM_IMAGE})
 */
public record EngineSettings(int threads, double contextFactor, double featherSigma, boolean gpu,
	TextureParams texture)
{
	public static EngineSettings defaults() {
		return new EngineSettings(0, 2.0, 3.0, true, TextureParams.defaults());
	}

	public EngineSettings withThreads(int t) {
		return new EngineSettings(t, contextFactor, featherSigma, gpu, texture);
	}

	public EngineSettings withGpu(boolean g) {
		return new EngineSettings(threads, contextFactor, featherSigma, g, texture);
	}

	public EngineSettings withTexture(TextureParams p) {
		return new EngineSettings(threads, contextFactor, featherSigma, gpu, p);
	}

	/** These settings with the texture tuning a bundle's card asks for (none: unchanged). */
	public EngineSettings tunedFor(ModelCard card) {
		ModelCard.Texture t = card.texture;
		if (t == null) return this;
		TextureParams p = texture;
		if (t.guideSigma != null) p = p.withGuideSigma(t.guideSigma);
		if (t.guideWeight != null) p = p.withGuideWeight(t.guideWeight);
		return withTexture(p);
	}
}
