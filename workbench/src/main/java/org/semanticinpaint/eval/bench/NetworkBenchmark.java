package org.semanticinpaint.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.semanticinpaint.bundle.Shapes;
import org.semanticinpaint.bundle.TfConfig;
import org.semanticinpaint.nets.EspaAutoencoder;
import org.semanticinpaint.nets.FlopCounter;
import org.semanticinpaint.nets.NetScope;
import org.semanticinpaint.nets.SegmentationNet;
import org.semanticinpaint.nets.SpadeDecoder;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Forward time of each network at 256 x 256 (batch 1) on this machine next to its FLOP count, so the achieved
 * GFLOP/s can be compared with the machine's peak (about 384 GFLOP/s on 2 AVX-512 cores, DESIGN.md 6).
 * Paper widths and the shipped widths. Run: {@code java ... org.semanticinpaint.eval.bench.NetworkBenchmark [runs]}
 */
public final class NetworkBenchmark {

	private NetworkBenchmark() {}

	record Row(String name, long params, long flops, double medianMs, double minMs, double maxMs) {}

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
		int t = 256;
		List<Row> rows = new ArrayList<>();
		rows.add(time("stage 1 ESPA, paper (RGB, width 32)", runs, stage1(32, true, t)));
		rows.add(time("stage 1 without ESPA, paper", runs, stage1(32, false, t)));
		rows.add(time("stage 2 SPADE decoder, paper (F 128, hidden 128, 11 classes)", runs, decoder(128, 128, t)));
		rows.add(time("segmentation, shipped for phase contrast and street scenes (width 16, 11 classes)", runs,
			segmentation(16, t)));
		rows.add(time("stage 1 ESPA, shipped (width 16)", runs, stage1(16, true, t)));
		rows.add(time("stage 2, shipped (F 64, hidden 32)", runs, decoder(64, 32, t)));
		rows.add(time("segmentation, shipped for EM and nuclei (width 8)", runs, segmentation(8, t)));
		System.out.printf(Locale.ROOT, "%nForward pass, batch 1, %dx%d, median of %d runs after 3 warm-up runs, %d cores%n%n",
			t, t, runs, Runtime.getRuntime().availableProcessors());
		System.out.println("| network | parameters | GFLOP | median ms | min-max ms | GFLOP/s | % of 384 GFLOP/s peak |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|");
		for (Row r : rows) {
			double gf = r.flops / 1e9, rate = gf / (r.medianMs / 1000);
			System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.1f | %.1f-%.1f | %.0f | %.0f%% |%n", r.name, r.params, gf,
				r.medianMs, r.minMs, r.maxMs, rate, 100 * rate / 384);
		}
	}

	/** Stage 1 on an RGB tile of side {@code t}. */
	static BiFunction<Ops, NetScope, Operand<TFloat32>> stage1(int width, boolean espa, int t) {
		return (tf, s) -> EspaAutoencoder.build(s, new EspaAutoencoder.Config(3, width, t, espa), input(tf, t, t, 3),
			input(tf, t, t, 1)).coarse();
	}

	/** Stage 2 with {@code f} feature channels and 11 classes. */
	static BiFunction<Ops, NetScope, Operand<TFloat32>> decoder(int f, int hidden, int t) {
		return (tf, s) -> SpadeDecoder.build(s, new SpadeDecoder.Config(3, 11, f, hidden, t, false),
			input(tf, Shapes.featureSide(t), Shapes.featureSide(t), f), input(tf, t, t, 11), input(tf, t, t, 3)).image();
	}

	static BiFunction<Ops, NetScope, Operand<TFloat32>> segmentation(int width, int t) {
		return (tf, s) -> SegmentationNet.logits(s, new SegmentationNet.Config(3, 11, width, t), input(tf, t, t, 3));
	}

	static Placeholder<TFloat32> input(Ops tf, long h, long w, long c) {
		return tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(1, h, w, c)));
	}

	static Row time(String name, int runs, BiFunction<Ops, NetScope, Operand<TFloat32>> build) {
		try (Graph g = new Graph(); Session s = new Session(g, TfConfig.session(0))) {
			Ops tf = Ops.create(g);
			NetScope scope = new NetScope(tf, "b", NetScope.Mode.TRAINABLE, null, 1);
			Operand<TFloat32> out = build.apply(tf, scope);
			long flops = FlopCounter.count(g);
			s.initialize();
			List<Placeholder<TFloat32>> inputs = new ArrayList<>();
			for (var it = g.operations(); it.hasNext();) {
				var op = it.next();
				if (op.type().equals("Placeholder")) inputs.add(new Placeholder<>(op));
			}
			double[] ms = new double[runs];
			for (int k = -3; k < runs; k++) {
				Session.Runner r = s.runner();
				List<TFloat32> close = new ArrayList<>();
				for (Placeholder<TFloat32> p : inputs) {
					Shape sh = p.asOutput().shape();
					float[] v = new float[(int) sh.size()];
					for (int i = 0; i < v.length; i++) v[i] = (float) Math.sin(i * 0.37);
					TFloat32 tt = TFloat32.tensorOf(sh, DataBuffers.of(v, true, false));
					close.add(tt);
					r.feed(p, tt);
				}
				long t0 = System.nanoTime();
				try (Result res = r.fetch(out).run()) {
					if (k >= 0) ms[k] = (System.nanoTime() - t0) / 1e6;
				}
				close.forEach(TFloat32::close);
			}
			Samples t = new Samples(ms);
			return new Row(name, scope.parameterCount(), flops, t.median(), t.min(), t.max());
		}
	}
}
