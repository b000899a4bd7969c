package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

	@Test
	void constantIgnoresProgress() {
		assertEquals(1e-3f, LearningRateSchedule.CONSTANT.rate(1e-3f, 0.9), 0);
	}

	@Test
	void cosineFallsFromTheBaseToATenth() {
		LearningRateSchedule c = LearningRateSchedule.COSINE;
		assertEquals(1.0, c.rate(1f, 0), 1e-6);
		assertEquals(0.55, c.rate(1f, 0.5), 1e-6);
		assertEquals(0.1, c.rate(1f, 1), 1e-6);
		assertEquals(0.1, c.rate(1f, 3), 1e-6, "past the budget it stays at the floor");
		for (double p = 0; p < 1; p += 0.05) assertTrue(c.rate(1f, p + 0.05) < c.rate(1f, p));
	}

	@Test
	void progressIsTheLargerShareOfStepsAndTime() {
		StageTrainer.Budget b = new StageTrainer.Budget(100, 2, 8, new StageTrainer.Rate(1f, LearningRateSchedule.COSINE, 0), 1);
		assertEquals(0.25, b.progress(25, 6), 1e-9);
		assertEquals(0.5, b.progress(25, 60), 1e-9);
		assertEquals(0.1, b.learningRateAt(100, 0), 1e-6);
	}

	@Test
	void warmupRampsTheRateUpLinearlyThenHandsOverToTheSchedule() {
		StageTrainer.Budget b = new StageTrainer.Budget(100, 0, 8, new StageTrainer.Rate(1f, LearningRateSchedule.CONSTANT, 10), 1);
		assertEquals(0.1, b.learningRateAt(0, 0), 1e-6, "the first step already moves");
		assertEquals(0.5, b.learningRateAt(4, 0), 1e-6);
		assertEquals(1.0, b.learningRateAt(9, 0), 1e-6);
		assertEquals(1.0, b.learningRateAt(50, 0), 1e-6);
		StageTrainer.Budget cosine = new StageTrainer.Budget(100, 0, 8, new StageTrainer.Rate(1f, LearningRateSchedule.COSINE, 10), 1);
		assertEquals(0.5 * LearningRateSchedule.COSINE.rate(1f, 0.04), cosine.learningRateAt(4, 0), 1e-6,
			"the warm-up scales the decayed rate");
	}

	@Test
	void parsesTheOption() {
		assertEquals(LearningRateSchedule.COSINE, LearningRateSchedule.parse("cosine"));
		assertEquals(LearningRateSchedule.CONSTANT, LearningRateSchedule.parse("none"));
		assertThrows(IllegalArgumentException.class, () -> LearningRateSchedule.parse("linear"));
	}
}
