package org.semanticinpaint.train;

/** The one place a stage becomes its trainer: for the training command and the training benchmark alike. */
public final class TrainerFactory {

	private TrainerFactory() {}

	/**
	 * What the trainers take besides networks and weights.
	 *
	 * @param coarseInputs share of segmentation crops whose hole stage 1 fills
	 * @param painting what practice edits paint (used only with {@code losses.edits() > 0})
	 */
	public record Settings(DecoderTrainer.LossWeights losses, float coarseInputs, GuidanceEdits.Painting painting,
		long seed)
	{
		/** The paper's losses, no coarse inputs and no edits. */
		public static Settings paper(long seed) {
			return new Settings(DecoderTrainer.LossWeights.PAPER, 0f, new GuidanceEdits.Painting(new int[] { 1 }, 0), seed);
		}
	}

	/** The trainer of {@code stage}, starting from {@code start}. */
	public static StageTrainer create(Stage stage, NetworkConfigs configs, NetworkWeights start, Settings s) {
		return switch (stage) {
			case SEGMENT -> new SegmentationTrainer(configs.segment(), start.segment(),
				new SegmentationTrainer.CoarseInputs(configs.inpaint(), start.inpaint(), s.coarseInputs()), s.seed());
			case INPAINT -> new InpaintTrainer(configs, start, s.losses().perceptual(), s.seed());
			case DECODE, JOINT -> new DecoderTrainer(configs, start, stage == Stage.JOINT, s.losses(), s.painting(),
				s.seed());
		};
	}
}
