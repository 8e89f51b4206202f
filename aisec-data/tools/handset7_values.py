"""Check-digit helpers for handset7.py: Luhn, IBAN mod 97, Steuer-ID (ISO 7064 MOD 11,10), NIR, DNI/NIE, codice
fiscale, BSN elfproef, Verhoeff, TFN, ABN, Medicare, SIN, NRIC/FIN, NHS, Base58Check and Bech32 encoders; each
completes a base number chosen by hand. Written for this check set; pure Python 3."""
import hashlib
def luhn_check(partial):
    s=0
    for i,ch in enumerate(reversed(partial)):
        d=int(ch)
        if i%2==0:
            d*=2
            if d>9: d-=9
        s+=d
    return str((10-s%10)%10)
def card(p): return p+luhn_check(p)
def iban(cc,bban):
    r=bban+cc+'00'
    n=int(''.join(str(int(c,36)) for c in r))
    return cc+'%02d'%(98-n%97)+bban
def de_taxid(t):
    p=10
    for c in t:
        s=(int(c)+p)%10
        if s==0: s=10
        p=(s*2)%11
    c=11-p
    return t+str(0 if c==10 else c)
def fr_nir(t): return t+'%02d'%(97-int(t)%97)
def es_dni(n): return n+'TRWAGMYFPDXBNJZSQVHLCKE'[int(n)%23]
def es_nie(p,n): return p+n+'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p))+n)%23]
ODD=dict(zip('0123456789',[1,0,5,7,9,13,15,17,19,21]));ODD.update(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ',[1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23]))
def it_cf(t):
    s=0
    for i,c in enumerate(t):
        if i%2==0: s+=ODD[c]
        else: s+=int(c) if c.isdigit() else ord(c)-65
    return t+chr(65+s%26)
def nl_bsn(t):
    s=sum(int(c)*(9-i) for i,c in enumerate(t))
    d=s%11
    assert d<10, t
    return t+str(d)
D=[[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
P=[[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
INV=[0,4,3,2,1,5,6,7,8,9]
def verhoeff(t):
    c=0
    for i,ch in enumerate(reversed(t)):
        c=D[c][P[(i+1)%8][int(ch)]]
    return t+str(INV[c])
def au_tfn(t):
    w=[1,4,3,7,5,8,6,9]
    s=sum(int(c)*x for c,x in zip(t,w))
    d=s%11
    assert d<10
    return t+str(d)
def au_abn(tail9):
    w=[10,1,3,5,7,9,11,13,15,17,19]
    for a in range(10,100):
        ds=[int(c) for c in str(a)+tail9]; ds[0]-=1
        if sum(x*y for x,y in zip(ds,w))%89==0: return str(a)+tail9
def au_medicare(t8,issue):
    w=[1,3,7,9,1,3,7,9]
    return t8+str(sum(int(c)*x for c,x in zip(t8,w))%10)+issue
def ca_sin(t8): return card(t8)
def sg_nric(p,t7):
    w=[2,7,6,5,4,3,2]
    s=sum(int(c)*x for c,x in zip(t7,w))+(4 if p in 'TG' else 0)
    return p+t7+('JZIHGFEDCBA' if p in 'ST' else 'XWUTRQPNMLK')[s%11]
def nhs(t9):
    s=sum(int(c)*(10-i) for i,c in enumerate(t9))
    c=11-s%11
    if c==11: c=0
    assert c!=10, t9
    return t9+str(c)
B58='123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def b58check(payload):
    data=payload+hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n=int.from_bytes(data,'big'); out=''
    while n: n,r=divmod(n,58); out=B58[r]+out
    return '1'*(len(data)-len(data.lstrip(b'\0')))+out
CH='qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def polymod(v):
    G=[0x3b6a57b2,0x26508e6d,0x1ea119fa,0x3d4233dd,0x2a1462b3]; c=1
    for x in v:
        b=c>>25; c=(c&0x1ffffff)<<5^x
        for i in range(5): c^=G[i] if (b>>i)&1 else 0
    return c
def bech32(hrp,ver,prog):
    acc=0;bits=0;d=[ver]
    for b in prog:
        acc=(acc<<8)|b;bits+=8
        while bits>=5: bits-=5;d.append((acc>>bits)&31)
    if bits: d.append((acc<<(5-bits))&31)
    e=[ord(x)>>5 for x in hrp]+[0]+[ord(x)&31 for x in hrp]
    pm=polymod(e+d+[0]*6)^1
    return hrp+'1'+''.join(CH[x] for x in d+[(pm>>5*(5-i))&31 for i in range(6)])
