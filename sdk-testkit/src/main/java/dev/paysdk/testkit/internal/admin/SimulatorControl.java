package dev.paysdk.testkit.internal.admin;

import dev.paysdk.testkit.AgentPaySimulator;
import dev.paysdk.testkit.GatewaySimulator;
import dev.paysdk.testkit.HexpaySimulator;
import dev.paysdk.testkit.PenPayoutSimulator;
import dev.paysdk.testkit.VexoraSimulator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the admin API needs of one simulator, through the simulator's public controls: its fault
 * operation names, its orders in one shape, and how to finish one.
 */
abstract class SimulatorControl {

  /**
   * One order as the admin API lists it.
   *
   * @param kind {@code payout}, {@code disbursement}, {@code pay-in} or {@code batch}
   * @param merchantOrderNo the merchant's number (a batch's purpose for Hexpay batches)
   * @param gatewayOrderNo the gateway's number
   * @param amount amount as text, in the gateway's unit (paise for AgentPay)
   * @param currency currency
   * @param status the gateway's status value
   * @param isFinal whether it is final
   * @param webhookKey the number the simulator files its webhooks under
   */
  record AdminOrder(String kind, String merchantOrderNo, String gatewayOrderNo, String amount, String currency,
      String status, boolean isFinal, String webhookKey) {}

  abstract String id();

  abstract List<String> operations();

  abstract List<AdminOrder> orders();

  /**
   * Moves {@code order} to the final state {@code outcome} (upper case).
   *
   * @throws IllegalArgumentException for an outcome this gateway does not have
   * @throws IllegalStateException when the order is already final
   */
  abstract void complete(AdminOrder order, String outcome, String reason);

  /**
   * The order with this merchant's or gateway's number.
   *
   * @throws IllegalArgumentException when there is none
   */
  final AdminOrder find(String number) {
    for (AdminOrder o : orders()) {
      if (number.equals(o.merchantOrderNo()) || number.equals(o.gatewayOrderNo())) {
        return o;
      }
    }
    throw new IllegalArgumentException("no order " + number + " in the " + id() + " simulator");
  }

  static SimulatorControl of(GatewaySimulator sim) {
    if (sim instanceof AgentPaySimulator a) {
      return new AgentPay(a);
    }
    if (sim instanceof PenPayoutSimulator p) {
      return new Pen(p);
    }
    if (sim instanceof VexoraSimulator v) {
      return new Vexora(v);
    }
    if (sim instanceof HexpaySimulator h) {
      return new Hexpay(h);
    }
    throw new IllegalArgumentException("no admin API for " + sim.getClass().getName());
  }

  static IllegalArgumentException badOutcome(String outcome, String allowed) {
    return new IllegalArgumentException("outcome must be " + allowed + ", is '" + outcome + "'");
  }

  private static final class AgentPay extends SimulatorControl {
    private final AgentPaySimulator sim;

    AgentPay(AgentPaySimulator sim) {
      this.sim = sim;
    }

    @Override
    String id() {
      return "agentpay";
    }

    @Override
    List<String> operations() {
      return List.of(AgentPaySimulator.PAYOUT_APPLY, AgentPaySimulator.PAYOUT_QUERY, AgentPaySimulator.BALANCE_QUERY,
          dev.paysdk.testkit.Faults.WEBHOOK);
    }

    @Override
    List<AdminOrder> orders() {
      return sim.orders().stream().map(o -> new AdminOrder("payout", o.merchantOrderNo(), o.agentpayOrderId(),
          Long.toString(o.amount()), "INR", Integer.toString(o.status().code()), o.status().isFinal(),
          o.agentpayOrderId())).toList();
    }

    @Override
    void complete(AdminOrder o, String outcome, String reason) {
      AgentPaySimulator.Outcome out = switch (outcome) {
        case "SUCCEEDED" -> AgentPaySimulator.Outcome.SUCCEEDED;
        case "FAILED" -> AgentPaySimulator.Outcome.FAILED;
        default -> throw badOutcome(outcome, "SUCCEEDED or FAILED");
      };
      sim.completeOrder(o.merchantOrderNo(), out, reason);
    }
  }

  private static final class Pen extends SimulatorControl {
    private final PenPayoutSimulator sim;

    Pen(PenPayoutSimulator sim) {
      this.sim = sim;
    }

    @Override
    String id() {
      return "pen";
    }

    @Override
    List<String> operations() {
      return List.of(PenPayoutSimulator.PAYOUT_CREATE, PenPayoutSimulator.PAYOUT_QUERY,
          dev.paysdk.testkit.Faults.WEBHOOK);
    }

    @Override
    List<AdminOrder> orders() {
      return sim.orders().stream().map(o -> new AdminOrder("payout", o.merchantOrderNo(), o.orderNo(),
          o.amount().toPlainString(), "PEN", o.status().name(), o.status().isFinal(), o.orderNo())).toList();
    }

    @Override
    void complete(AdminOrder o, String outcome, String reason) {
      PenPayoutSimulator.Outcome out = switch (outcome) {
        case "SUCCEEDED" -> PenPayoutSimulator.Outcome.SUCCEEDED;
        case "FAILED" -> PenPayoutSimulator.Outcome.FAILED;
        default -> throw badOutcome(outcome, "SUCCEEDED or FAILED");
      };
      sim.completeOrder(o.merchantOrderNo(), out, reason);
    }
  }

  private static final class Vexora extends SimulatorControl {
    private final VexoraSimulator sim;

    Vexora(VexoraSimulator sim) {
      this.sim = sim;
    }

    @Override
    String id() {
      return "vexora";
    }

    @Override
    List<String> operations() {
      return List.of(VexoraSimulator.DISBURSEMENT, VexoraSimulator.QUERY, VexoraSimulator.BALANCE,
          dev.paysdk.testkit.Faults.WEBHOOK);
    }

    @Override
    List<AdminOrder> orders() {
      return sim.disbursements().stream().map(d -> new AdminOrder("disbursement", d.tradeNo(), d.platFormTradeNo(),
          d.amountText(), "", d.status(), !VexoraSimulator.STATUS_PROCESSING.equals(d.status()), d.tradeNo()))
          .toList();
    }

    @Override
    void complete(AdminOrder o, String outcome, String reason) {
      VexoraSimulator.Outcome out = switch (outcome) {
        case "SUCCEEDED" -> VexoraSimulator.Outcome.SUCCESS;
        case "FAILED" -> VexoraSimulator.Outcome.FAILED;
        default -> throw badOutcome(outcome, "SUCCEEDED or FAILED");
      };
      sim.complete(o.merchantOrderNo(), out, reason);
    }
  }

  private static final class Hexpay extends SimulatorControl {
    private final HexpaySimulator sim;

    Hexpay(HexpaySimulator sim) {
      this.sim = sim;
    }

    @Override
    String id() {
      return "hexpay";
    }

    @Override
    List<String> operations() {
      return List.of(HexpaySimulator.PAYIN_ORDER, HexpaySimulator.PAYIN_QUERY, HexpaySimulator.PAYIN_LIST,
          HexpaySimulator.BALANCE_QUERY, HexpaySimulator.BATCH_UPLOAD, HexpaySimulator.BATCH_QUERY,
          HexpaySimulator.BATCH_CANCEL, HexpaySimulator.CASHIER, dev.paysdk.testkit.Faults.WEBHOOK);
    }

    @Override
    List<AdminOrder> orders() {
      List<AdminOrder> out = new ArrayList<>();
      for (HexpaySimulator.PayInOrder p : sim.payIns()) {
        out.add(new AdminOrder("pay-in", p.merchantOrderNo(), p.payOrderId(), p.amount().toPlainString(),
            p.currency(), Integer.toString(p.state()), p.state() >= 2, p.merchantOrderNo()));
      }
      for (HexpaySimulator.Batch b : sim.batches()) {
        BigDecimal total = b.records().stream().map(HexpaySimulator.BatchRecord::paymentAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        String currencies = String.join(",", b.records().stream().map(HexpaySimulator.BatchRecord::paymentCurrency)
            .distinct().toList());
        out.add(new AdminOrder("batch", b.purpose(), b.batchNo(), total.toPlainString(), currencies,
            Integer.toString(b.auditStatus()), b.auditStatus() >= 2, b.batchNo()));
      }
      return out;
    }

    @Override
    void complete(AdminOrder o, String outcome, String reason) {
      if (o.kind().equals("batch")) {
        switch (outcome) {
          case "SUCCEEDED" -> sim.completeBatch(o.gatewayOrderNo());
          case "FAILED", "REJECTED" -> sim.rejectBatch(o.gatewayOrderNo(), reason == null ? "rejected" : reason);
          default -> throw badOutcome(outcome, "SUCCEEDED or FAILED (rejected) for a batch");
        }
        return;
      }
      switch (outcome.toUpperCase(Locale.ROOT)) {
        case "SUCCEEDED" -> sim.pay(o.gatewayOrderNo());
        case "FAILED" -> sim.failPayIn(o.gatewayOrderNo());
        case "CANCELLED" -> sim.cancelPayIn(o.gatewayOrderNo());
        case "CLOSED" -> sim.closePayIn(o.gatewayOrderNo());
        default -> throw badOutcome(outcome, "SUCCEEDED, FAILED, CANCELLED or CLOSED for a pay-in");
      }
    }
  }
}
