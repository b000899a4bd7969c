package org.semanticinpaint.eval.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.tensorflow.TensorFlow;

/**
 * What the numbers were measured on: CPU, cores, RAM, Java, TensorFlow-Java and the TensorFlow it wraps, the
 * date, and the load average at the start (a training job on the same cores slows everything down, and the
 * reader should be able to see that).
 */
public record MachineInfo(Hardware hardware, Software software, String date, double loadAverage) {

	/** The processor's model name, its cores as Java sees them, and the RAM. */
	public record Hardware(String cpu, int cores, double ramGb) {}

	/** Java (version and VM), TensorFlow-Java, the TensorFlow it wraps, and the operating system. */
	public record Software(String java, String tensorFlowJava, String tensorFlow, String os) {}

	private static final String TF_JAVA_POM = "/META-INF/maven/org.tensorflow/tensorflow-core-api/pom.properties";

	public static MachineInfo probe() {
		Hardware hardware = new Hardware(readCpuModel(), Runtime.getRuntime().availableProcessors(), readRamGb());
		Software software = new Software(
			System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")", readTensorFlowJava(),
			TensorFlow.version(), System.getProperty("os.name") + " " + System.getProperty("os.version"));
		return new MachineInfo(hardware, software,
			ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)), readLoadAverage());
	}

	/** The header of the report, one Markdown list item per fact. */
	public String markdown() {
		Hardware h = hardware;
		Software s = software;
		return String.format(Locale.ROOT, "- CPU: %s, %d cores\n- RAM: %.1f GB\n- Java: %s\n- TensorFlow-Java: %s "
			+ "(TensorFlow %s, CPU)\n- OS: %s\n- Date: %s\n- Load average at the start: %.2f\n", h.cpu(), h.cores(),
			h.ramGb(), s.java(), s.tensorFlowJava(), s.tensorFlow(), s.os(), date, loadAverage);
	}

	static String readCpuModel() {
		for (String l : lines("/proc/cpuinfo"))
			if (l.startsWith("model name")) return l.substring(l.indexOf(':') + 1).trim();
		return System.getProperty("os.arch");
	}

	static double readRamGb() {
		for (String l : lines("/proc/meminfo"))
			if (l.startsWith("MemTotal:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
		return Double.NaN;
	}

	static double readLoadAverage() {
		List<String> l = lines("/proc/loadavg");
		return l.isEmpty() ? Double.NaN : Double.parseDouble(l.get(0).split(" ")[0]);
	}

	/** The version in tensorflow-core-api's Maven metadata, "unknown" if the jar has none. */
	static String readTensorFlowJava() {
		try (InputStream in = TensorFlow.class.getResourceAsStream(TF_JAVA_POM)) {
			if (in == null) return "unknown";
			Properties p = new Properties();
			p.load(in);
			return p.getProperty("version", "unknown");
		}
		catch (IOException e) {
			return "unknown";
		}
	}

	private static List<String> lines(String file) {
		try {
			return Files.readAllLines(Path.of(file));
		}
		catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
