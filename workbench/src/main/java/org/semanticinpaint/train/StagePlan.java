package org.semanticinpaint.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One stage of a run: whichever of {@code steps} and {@code minutes} (0 = no limit) ends first, at a base rate. */
public record StagePlan(Stage stage, int steps, double minutes, float learningRate) {

	/**
	 * From {@code --stages}, {@code --steps}, {@code --minutes} and {@code --lr} (one item per stage); a stage with
	 * neither limit gets 100 steps, one without a rate its {@link Stage#defaultLearningRate()}.
	 */
	static List<StagePlan> listOf(Map<String, String> a) {
		List<String> names = TrainOptions.list(a.getOrDefault("stages", "segment,inpaint,decode"));
		List<String> minutes = TrainOptions.list(a.getOrDefault("minutes", ""));
		List<String> steps = TrainOptions.list(a.getOrDefault("steps", ""));
		List<String> rates = TrainOptions.list(a.getOrDefault("lr", ""));
		List<StagePlan> plans = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			Stage stage = Stage.of(names.get(i));
			double min = i < minutes.size() && !minutes.get(i).isBlank() ? Double.parseDouble(minutes.get(i)) : 0;
			int n = i < steps.size() && !steps.get(i).isBlank() ? Integer.parseInt(steps.get(i)) : 0;
			if (min <= 0 && n <= 0) n = 100;
			float lr = i < rates.size() && !rates.get(i).isBlank() ? Float.parseFloat(rates.get(i))
				: stage.defaultLearningRate();
			plans.add(new StagePlan(stage, n, min, lr));
		}
		return List.copyOf(plans);
	}
}
