package org.semanticinpaint.eval.evaluation;

/** The rows of the paper's Table III plus our additions: what fills the hole. */
public enum Setting {
	STAGE1_NO_ESPA("stage 1 without ESPA"),
	STAGE1("stage 1 (ESPA)"),
	STAGE2_PREDICTED("stage 2, stage 1's labels, no texture"),
	STAGE2_GROUND_TRUTH("stage 2, ground-truth labels, no texture"),
	STAGE2_EDITED("stage 2, edited labels, no texture"),
	/** The product: stage 2, then the texture stage (what Render gives by default). */
	FINAL_PREDICTED("final: stage 1's labels + texture"),
	FINAL_GROUND_TRUTH("final: ground-truth labels + texture"),
	FINAL_EDITED("final: edited labels + texture"),
	TELEA("OpenCV Telea"),
	NAVIER_STOKES("OpenCV Navier-Stokes"),
	/** The texture stage alone, with no labels and no guide: the classic content-aware fill. */
	CONTENT_AWARE("content-aware fill (texture stage, no labels, no guide)"),
	/** Centre hole only: real texture at the wrong place, the hole L1 any plausible fill pays for guessing. */
	NEIGHBOURING_PATCH("true image one hole-side away"),
	/** The true image: its mIoU is what the segmentation network itself scores, the ceiling of controllability. */
	TRUE_IMAGE("true image (segmentation's own mIoU)");

	public final String label;

	Setting(String label) {
		this.label = label;
	}

	/** The labels that guided a setting: which guidance its controllability is scored against. */
	Guidance guidance() {
		return switch (this) {
			case STAGE2_PREDICTED, FINAL_PREDICTED -> Guidance.PROPOSED;
			case STAGE2_GROUND_TRUTH, FINAL_GROUND_TRUTH -> Guidance.GROUND_TRUTH;
			case STAGE2_EDITED, FINAL_EDITED -> Guidance.EDITED;
			default -> Guidance.NONE;
		};
	}

	enum Guidance { NONE, PROPOSED, GROUND_TRUTH, EDITED }
}
