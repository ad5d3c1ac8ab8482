package dev.paysdk.testkit;

/** The Hexpay documents' samples, verbatim (their signatures are replaced where a test sends them). */
final class HexpaySimulatorSamples {
  private HexpaySimulatorSamples() {}

  static final String ORDER_REQUEST = """
      {
      "mchNo":"M1752564528",
      "mchOrderNo":"378758439",
      "amount":11,
      "currency":"USDC",
      "network":"Solana",
      "bizCode":0,
      "goods": {
      "goodsType": "shop",
      "goodsName": "T-shirt",
      "goodsDetail": "xxxxxxxxxxx"
      },
      "mchUserId":"1230987",
      "appId":"68760330a2cf0af37c52a073", "sign":"VaKMVivLXtqJw6kp7PyNaI6P7qoLM9kOXms5Tll8TsX0eubZ0F+bbxGpfaTR2zpCZkVr/iygD4QyuueMt+pMOAOXZ2yayFGloyKL1mMfNHzb5PDPMhU3cKm6cb+BCHkfk5S602rCBFrQSEhVgQiwpd5ezI6NAdw4+EdPwVmzXH6pVZ9YXNSp9n1O8caS5dL0bjhWxO5EFWrxhbfFNLgWy1OXRs9e02wHZXbzukAkbuJl6UZDpPKKluy2m1BbgxYYYHlx4sunBsE8vP5vj50UHg8KK4v1K/XXzx+oIpZQ85895ZFAISLO9V7ugdlXx/+jrpzg2xnEOK9ss/oSSbdDoQ==",
      "signType":"RSA2",
      "version":"v1.0"
      }""";

  static final String ORDER_RESPONSE = """
      {
      "code": 0,
      "data": {
      "amount": 11,
      "currency": "USDC",
      "location": "http://localhost:5173/pay?payOrderId=P1947225344373334017",
      "network": "Solana",
      "orderState": 0,
      "payOrderId": "P1947225344373334017"
      },
      "msg": "SUCCESS"
      }""";

  static final String QUERY_REQUEST = """
      {
      "payOrderId":"P1947211653281546242",
      "appId":"68760330a2cf0af37c52a073",
      "mchNo":"M1752564528",
      "version":"v1.0",
      "sign":"57842768902",
      "signType":"RSA2"
      }""";

  static final String QUERY_RESPONSE = """
      {
      "code": 0,
      "data": {
      "amount": 0.001000,
      "createdAt": "2025-07-22 10:57:27",
      "goods": {
      "goodsDetail": "MacBook Pro 14-inch",
      "goodsName": "MacBook Pro 14-inch",
      "goodsType": "MacBook"
      },
      "mchName": "GlobalGoods",
      "mchNo": "M1752564528",
      "mchOrderNo": "ypSp0IpG5on6",
      "mchUserId": "illvBhVGuri7",
      "payOrderId": "P1947491150220296193",
      "paySuccessTime": "2025-07-22 11:01:30",
      "realNetwork": "Solana",
      "realPayAmount": 0.001000,
      "realPayCurrency": "USDC",
      "refundAmount": 0.000000,
      "state": 2,
      "updatedAt": "2025-07-22 10:57:27",
      "wayCode": "QrCode"
      },
      "msg": "SUCCESS",
      "sign": "54F8ADD6BD9BC8867DCB319329F587FE"
      }""";

  static final String LIST_REQUEST = """
      {
      "appId": "68c1382798a210e71dedddae",
      "mchNo": "M1757493187",
      "version": "v1.0",
      "signType": "RSA2",
      "state":2,
      "settleState":2,
      "bizCode":1,
      "createdStart":"2025-09-10 00:00:00",
      "createdEnd":"2025-09-10 23:59:59",
      "sign": "g+NAXi68wJ8J9hnKbBEzf6gbF+acYSyn8eMQrQDE6ndzcma9dBVYIRTBaNaeE/aFDAdMB4ARbXpLit8QIaH7vn3ZF6iKqu7tGpax817C9Yz+c9zvLtbt6rvTpwuBCKVfQJNJ+JbWCjXqwfRMJBmDfnUCujdeLnXf2l7QW6azi0Q3CC18UKyRtHGiRZ8kdwP+s3YX7JXCD+N35aFUdf7vwP19nEhXpyjMrZKColFbarQdrPZ1MsrROcnAKPqfMgV0gQ39GizIUi0fSdBR3xD7YtG+pcmJ6iCUzNbpkpMyTYBg5J4sp2MT+ejhUXSp+hYellp20Lt22TE1yCUajAlJkQ=="
      }""";

  /** The first record of the list sample. */
  static final String LIST_RECORD = """
      {
      "payOrderId": "P1956719923828715522",
      "appId": "689d7bd965ac3acb9b2f0cb7",
      "mchOrderNo": "VO6LDUwMFaSS",
      "createdAt": "2025-08-16 14:09:18",
      "state": 2,
      "mchUserId": "dxrM7dglqQPb",
      "bizCode": 2,
      "wayCode": "-",
      "network": "Solana",
      "currency": "USDC",
      "amount": "12",
      "realPayCurrency": "USDT",
      "realPayAmount": "12",
      "realNetwork": "binance_smart_chain",
      "txHash": "0xd609c2deac9c87df133f8fa2256b2deb019c62daa7151bcdf626055925013432",
      "successTime": "2025-08-16 14:25:02",
      "settleCurrency": "USDC",
      "settleAmount": "12",
      "mchFeeAmount": "0.02",
      "mchSettleIncome": "11.98",
      "settleState": 2
      }""";

  static final String WEBHOOK = """
      {
      "payOrderId": "P1958816503884955649",
      "amount": 0.01,
      "mchOrderNo": "482d0876d40d44dfa20c6e6859946a2b",
      "sign": "qHkU9ATWhxKq5W1BoOE9y298zUX9bqY8DoLBZaXZ/trKcCvqU6i/F4HZxYpHZbpWj04wJo9v/n1K25s01sg63Me55qA0wl71R0q0/xSbc2/vuTWQC3k3xhieKg9Qr7SxxS63eizItHnkXTyvjxYcyb5msSEjBr8NBZ83bejJ5LdJ+3t/F3lrQ33oFRvRl8p/aKeuNVI3xJ9nVkxNkl46wXZvZ4wAmb96qh7cVf5dmpf6P9dHVfp2mu9QTJH9lIMg/14PUp2FBNbn9YZIENuhpA4ODIL+HmtPzaHDetZzY7zCDGO1KT6bOpysHuiXmzHI6fOvWB1MXwF1mR4sX6MBrg==",
      "mchName": "M1755226149",
      "realNetwork": "arbitrum",
      "wayCode": "QR_CODE",
      "payWay": "USDC(Arbitrum)",
      "successUrl": "http://gs.shequnplatform.com:38669/order/success",
      "failUrl": "http://gs.shequnplatform.com:38669/order/failure",
      "reqTime": "1755854933053",
      "realPayCurrency": "USDC",
      "createdAt": "2025-08-22 09:00:22",
      "appId": "689ea02565ac52e60665ea8a",
      "successTime": "1755853505000",
      "mchUserId": "1ed646e0dc6e444ea3b98751c2ab9deb",
      "currency": "USDC",
      "realPayAmount": 0.010000,
      "state": 2,
      "mchNo": "M1755226149",
      "refundAmount": "0.000000",
      "updatedAt": "2025-08-22 09:26:25",
      "settleAmount":0.01,
      "settleCurrency":"USDC"
      }""";

  static final String BALANCE_REQUEST = """
      {
      "mchNo": "M1752564528",
      "currency": "USDC",
      "appId":"68887ae1e4b04fb9fe9e03f2",
      "signType":"RSA2",
      "version":"1.0",
      "sign":"Qu1AVxR1YxDBisaRLITSdC3Dh7pZT+eoRxUxJMd8BOmkoMlN2Zx5MTXWnIaeE/AyXuGcQGT35kgQLhrHecJ2YhzyFS5e89Sfqlm+sNQNxNl9Ad01CrD34DK+jjArM0r69oquAO/alcyuJmkJZWmYtZyPP2xuBWWyzwune6WicYr05GPeswvl/5I0po7XZXBjvPKq/ilCpVWdWf6PZGUVUIQpzLXxmCSt9xAKzm92lNTPC0duXF+hq6dh/Ebjg5YG5IazFVIRGPhuuxAVZMA9aJFc7SnMliwmRYqeugME0IRfKN29nNtVxDKiaobST6DXxQEXhXYBwTfnZGXvALp03w=="
      }""";

  static final String BALANCE_RESPONSE = """
      {
      "code": 0,
      "data": [
      {
      "availableBalance": 65.08666658,
      "coinFullName": "USD Coin",
      "currency": "USDC",
      "frozenBalance": 4.48858868
      }
      ],
      "msg": "SUCCESS"
      }""";

  static final String UPLOAD_REQUEST = """
      {
      "mchNo": "M1752564528",
      "appId": "68760330a2cf0af37c52a073",
      "signType": "RSA2",
      "version": "v1.0",
      "purpose": "Batch payout test",
      "records": [
      {
      "recipientAddress": "TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE",
      "paymentAmount": 10.50,
      "paymentCurrency": "USDT",
      "networkType": "Binance_smart_chain",
      "remarks": "Payout remark 1",
      "addressTag": "tag1"
      },
      {
      "recipientAddress": "TSNEZdKsoDHQMeZwihtdoBiN46zP8ulvDE",
      "paymentAmount": 20.30,
      "paymentCurrency": "USDC",
      "networkType": "Binance_smart_chain",
      "remarks": "Payout remark 2",
      "addressTag": "tag2"
      }
      ],
      "sign": "VaKMVivLXtqJw6kp7PyNaI6P7qoLM9kOXms5Tll8TsX0eubZ0F+bbxGpfaTR2zpCZkVr/iygD4QyuueMt+pMOAOXZ2yayFGloyKL1mMfNHzb5PDPMhU3cKm6cb+BCHkfk5S602rCBFrQSEhVgQiwpd5ezI6NAdw4+EdPwVmzXH6pVZ9YXNSp9n1O8caS5dL0bjhWxO5EFWrxhbfFNLgWy1OXRs9e02wHZXbzukAkbuJl6UZDpPKKluy2m1BbgxYYYHlx4sunBsE8vP5vj50UHg8KK4v1K/XXzx+oIpZQ85895ZFAISLO9V7ugdlXx/+jrpzg2xnEOK9ss/oSSbdDoQ=="
      }""";

  static final String UPLOAD_RESPONSE = """
      {
      "code": 0,
      "data": {
      "batchNo": "BP20250905123456789",
      "totalCount": 2,
      "totalAmount": [
      {
      "currency": "USDT",
      "amount": 10.50
      },
      {
      "currency": "USDC",
      "amount": 20.30
      }
      ],
      "applyTime": "2025-09-05 14:30:25",
      "checkErrorList": [],
      "checkBalanceList": [
      {
      "paymentCurrency": "USDT",
      "paymentAmount": 10.50,
      "freeAmount": 0.50,
      "totalAmount": 11.00,
      "availableAmount": 5.00,
      "isSatisfy": 0,
      "validCount": 1,
      "errorCount": 0
      }
      ]
      },
      "msg": "SUCCESS"
      }""";

  static final String BATCH_QUERY_REQUEST = """
      {
      "mchNo": "M1752564528",
      "appId": "68760330a2cf0af37c52a073",
      "signType": "RSA2",
      "version": "v1.0",
      "batchNo": "BP20250905123456789",
      "sign": "VaKMVivLXtqJw6kp7PyNaI6P7qoLM9kOXms5Tll8TsX0eubZ0F+bbxGpfaTR2zpCZkVr/iygD4QyuueMt+pMOAOXZ2yayFGloyKL1mMfNHzb5PDPMhU3cKm6cb+BCHkfk5S602rCBFrQSEhVgQiwpd5ezI6NAdw4+EdPwVmzXH6pVZ9YXNSp9n1O8caS5dL0bjhWxO5EFWrxhbfFNLgWy1OXRs9e02wHZXbzukAkbuJl6UZDpPKKluy2m1BbgxYYYHlx4sunBsE8vP5vj50UHg8KK4v1K/XXzx+oIpZQ85895ZFAISLO9V7ugdlXx/+jrpzg2xnEOK9ss/oSSbdDoQ=="
      }""";

  static final String BATCH_QUERY_RESPONSE = """
      {
      "code": 0,
      "data": {
      "batchNo": "BP20250905123456789",
      "mchNo": "M1752564528",
      "mchName": "Test Merchant",
      "auditStatus": 1,
      "totalCount": 2,
      "successCount": 1,
      "failCount": 0,
      "processingCount": 1,
      "waitCount": 0,
      "totalAmount": 30.80,
      "applyTime": "2025-09-05 14:30:25",
      "auditTime": "2025-09-05 14:35:10",
      "executeTime": "2025-09-05 14:35:15",
      "purpose": "Batch payout test",
      "rejectReason": null,
      "auditOpinion": "Approved",
      "records": [
      {
      "id": 1001,
      "recipientAddress": "TUEZSdKsoDHQMeZwihtdoBiN46zP8ulvDE",
      "paymentAmount": 10.50,
      "paymentCurrency": "USDT",
      "networkType": "",
      "feeAmount": 0.50,
      "remarks": "Payout remark 1",
      "addressTag": "tag1",
      "status": 2,
      "failReason": null,
      "txHash": "0x1234567890abcdef1234567890abcdef12345678",
      "processedAt": "2025-09-05 14:40:20",
      "createdAt": "2025-09-05 14:30:25"
      },
      {
      "id": 1002,
      "recipientAddress": "TSNEZdKsoDHQMeZwihtdoBiN46zP8ulvDE",
      "paymentAmount": 20.30,
      "paymentCurrency": "USDC",
      "networkType": "Binance_smart_chain",
      "feeAmount": 1.00,
      "remarks": "Payout remark 2",
      "addressTag": "tag2",
      "status": 1,
      "failReason": null,
      "txHash": null,
      "processedAt": null,
      "createdAt": "2025-09-05 14:30:25"
      }
      ]
      },
      "msg": "SUCCESS"
      }""";

  static final String CANCEL_REQUEST = """
      {
      "mchNo": "M1752564528",
      "appId": "68760330a2cf0af37c52a073",
      "signType": "RSA2",
      "version": "v1.0",
      "batchNo": "BP20250905123456789",
      "sign": "VaKMVivLXtqJw6kp7PyNaI6P7qoLM9kOXms5Tll8TsX0eubZ0F+bbxGpfaTR2zpCZkVr/iygD4QyuueMt+pMOAOXZ2yayFGloyKL1mMfNHzb5PDPMhU3cKm6cb+BCHkfk5S602rCBFrQSEhVgQiwpd5ezI6NAdw4+EdPwVmzXH6pVZ9YXNSp9n1O8caS5dL0bjhWxO5EFWrxhbfFNLgWy1OXRs9e02wHZXbzukAkbuJl6UZDpPKKluy2m1BbgxYYYHlx4sunBsE8vP5vj50UHg8KK4v1K/XXzx+oIpZQ85895ZFAISLO9V7ugdlXx/+jrpzg2xnEOK9ss/oSSbdDoQ=="
      }""";

  static final String CANCEL_RESPONSE = """
      {
      "code": 0,
      "data": {
      "id": 1001,
      "batchNo": "BP20250905123456789",
      "mchNo": "M1752564528",
      "mchName": "Test Merchant",
      "totalCount": 2,
      "totalAmount": 30.80,
      "status": 5,
      "auditUserId": null,
      "auditUserName": null,
      "auditTime": null,
      "remarks": null,
      "purpose": "Batch payout test",
      "rejectReason": null,
      "auditOpinion": null,
      "executeTime": null,
      "successCount": 0,
      "failCount": 0,
      "executingCount": 0,
      "createdAt": "2025-09-05 14:30:25",
      "updatedAt": "2025-09-05 15:20:15"
      },
      "msg": "SUCCESS"
      }""";
}
