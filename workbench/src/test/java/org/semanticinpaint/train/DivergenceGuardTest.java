package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivergenceGuardTest {

	@Test
	void aNoisyButBoundedLossPasses() {
		DivergenceGuard g = new DivergenceGuard("decode");
		assertDoesNotThrow(() -> {
			double[] losses = { 0.30, 0.28, 0.33, 0.25, 0.6, 0.31, 0.22, 1.5, 0.24 };
			for (int i = 0; i < losses.length; i++) g.check(i + 1, losses[i]);
		});
	}

	@Test
	void aLossTwentyTimesItsLowestStopsTheRun() {
		DivergenceGuard g = new DivergenceGuard("joint");
		g.check(1, 0.14);
		g.check(2, 0.13);
		Exception e = assertThrows(DivergenceGuard.TrainingDivergedException.class, () -> g.check(3, 1035.6));
		assertTrue(e.getMessage().contains("joint training diverged at step 3"), e.getMessage());
		assertTrue(e.getMessage().contains("--lr"), "says what to try: " + e.getMessage());
	}

	@Test
	void aNonFiniteLossStopsTheRun() {
		assertThrows(DivergenceGuard.TrainingDivergedException.class, () -> new DivergenceGuard("s").check(1, Double.NaN));
		DivergenceGuard g = new DivergenceGuard("s");
		g.check(1, 0.5);
		assertThrows(DivergenceGuard.TrainingDivergedException.class, () -> g.check(2, Double.POSITIVE_INFINITY));
	}
}
