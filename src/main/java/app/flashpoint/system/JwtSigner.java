package app.flashpoint.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Signs and verifies the session cookie (a JWT, HS256) with the installation's secret. Named "generator",
 * the name Micronaut's token generator asks for; without it tokens would go out unsigned.
 */
@Singleton
@Named("generator")
class JwtSigner implements SignatureGeneratorConfiguration {
    private final SecretSignature signature;

    JwtSigner(InstallationSecrets secrets) {
        var configuration = new SecretSignatureConfiguration("generator");
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        configuration.setSecret(secrets.jwt());
        this.signature = new SecretSignature(configuration);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return signature.sign(claims);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return signature.supportedAlgorithmsMessage();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return JWSAlgorithm.HS256.equals(algorithm);
    }

    /** HS256 only: the same secret would also verify an HS384 or HS512 token, which this app never issues. */
    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) && signature.verify(jwt);
    }
}
