package org.semanticinpaint.eval.evaluation;

/** The rows of the paper's Table III plus our additions: what fills the hole. */
public enum Setting {
	STAGE1_NO_ESPA("stage 1 without ESPA"),
	STAGE1("stage 1 (ESPA)"),
	STAGE2_PREDICTED("stage 2, stage 1's labels"),
	STAGE2_GROUND_TRUTH("stage 2, ground-truth labels"),
	STAGE2_EDITED("stage 2, edited labels"),
	TELEA("OpenCV Telea"),
	NAVIER_STOKES("OpenCV Navier-Stokes"),
	/** Centre hole only: real texture at the wrong place, the hole L1 any plausible fill pays for guessing. */
	NEIGHBOURING_PATCH("true image one hole-side away"),
	/** The true image: its mIoU is what the segmentation network itself scores, the ceiling of controllability. */
	TRUE_IMAGE("true image (segmentation's own mIoU)");

	public final String label;

	Setting(String label) {
		this.label = label;
	}
}
