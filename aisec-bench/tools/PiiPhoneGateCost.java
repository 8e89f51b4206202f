import java.lang.reflect.*;
import java.util.*;
/**
 * Time of national phone validity for 500 random 7-12 digit numbers (groups of 3, 3 and the rest) over the 21 default
 * regions: the full libphonenumber loop (Engine.validNationalFull) against the gated loop (Engine.validNational).
 *
 * <pre>
 * java -cp aisec-bench/target/benchmarks.jar aisec-bench/tools/PiiPhoneGateCost.java
 * </pre>
 */
public class PiiPhoneGateCost {
  public static void main(String[] a) throws Exception {
    Class<?> ec = Class.forName("dev.aisec.data.pii.internal.Engine");
    Constructor<?> k = ec.getConstructor(Set.class, int.class, List.class);
    Object e = k.newInstance(Set.of("PHONE_NUMBER"), 5, List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "CA", "SG", "CH", "AT", "BE", "IE", "SE", "DK", "NO", "FI", "PL", "PT"));
    Method g = ec.getDeclaredMethod("validNational", String.class); g.setAccessible(true);
    Method f = ec.getDeclaredMethod("validNationalFull", String.class); f.setAccessible(true);
    Random r = new Random(3);
    String[] nums = new String[500];
    for (int i = 0; i < nums.length; i++) { StringBuilder b = new StringBuilder(); int len = 7 + r.nextInt(6); for (int j = 0; j < len; j++) { b.append((char)('0' + r.nextInt(10))); if (j == 2 || j == 5) b.append(' '); } nums[i] = b.toString(); }
    nums[0] = "4821 250";
    for (int round = 0; round < 4; round++) {
      long t0 = System.nanoTime(); for (String n : nums) f.invoke(e, n); long t1 = System.nanoTime(); for (String n : nums) g.invoke(e, n); long t2 = System.nanoTime();
      System.out.printf("full %.1f us/number, gated %.1f us/number%n", (t1 - t0) / 500 / 1e3, (t2 - t1) / 500 / 1e3);
    }
  }
}
